import { boundSuffix } from './kinds/bounds.js';
import { keywordSites, type PairScope } from './scope.js';
import type { Bound, Keyword } from './view.js';
import { isTighter } from './view-keywords.js';

/** Stems of the count limits, with whether each is an upper limit. */
const COUNT_LIMITS: ReadonlyArray<{ stem: string; upper: boolean }> = [
  { stem: 'max-length', upper: true },
  { stem: 'min-length', upper: false },
  { stem: 'max-items', upper: true },
  { stem: 'min-items', upper: false },
  { stem: 'max-properties', upper: true },
  { stem: 'min-properties', upper: false },
];

/** Compares the numeric range and the length, item and member limits; a missing limit is unlimited. */
export function compareLimits(scope: PairScope): void {
  compareBound(scope, 'maximum', scope.base.upper, scope.revision.upper, true);
  compareBound(scope, 'minimum', scope.base.lower, scope.revision.lower, false);
  for (const { stem, upper } of COUNT_LIMITS) {
    // A lower count limit of 0 is no limit at all, so `minItems: 0` reads the same as no minItems.
    const toBound = (limit: Keyword<number> | undefined): Keyword<Bound> | undefined =>
      limit === undefined || (!upper && limit.value <= 0) ? undefined : { value: { value: limit.value, exclusive: false }, site: limit.site };
    compareBound(scope, stem, toBound(scope.base.limits.get(stem)), toBound(scope.revision.limits.get(stem)), upper);
  }
}

function compareBound(scope: PairScope, stem: string, base: Keyword<Bound> | undefined, revision: Keyword<Bound> | undefined, upper: boolean): void {
  if (base === undefined && revision === undefined) return;
  let change: 'tightened' | 'loosened' | undefined;
  if (base === undefined) change = 'tightened';
  else if (revision === undefined) change = 'loosened';
  else if (isTighter(revision.value, base.value, upper)) change = 'tightened';
  else if (isTighter(base.value, revision.value, upper)) change = 'loosened';
  if (change === undefined) return;
  scope.report(boundSuffix(stem, change), keywordSites(scope, base?.site, revision?.site), {
    subject: scope.subject(),
    base: describeBound(base?.value, upper),
    revision: describeBound(revision?.value, upper),
  });
}

function describeBound(bound: Bound | undefined, upper: boolean): string {
  if (bound === undefined) return upper ? 'unlimited' : 'none';
  return bound.exclusive ? `${bound.value} (exclusive)` : String(bound.value);
}
