import type { Side } from '../collector.js';
import { keywordSites, type PairScope } from './scope.js';
import { canonicalJson, renderValue, renderValues } from './values.js';

/** Formats that widen within one type: a value of a lower rank fits every higher rank. */
const FORMAT_RANKS: Readonly<Record<string, { type: string; rank: number }>> = {
  int32: { type: 'integer', rank: 1 },
  int64: { type: 'integer', rank: 2 },
  float: { type: 'number', rank: 1 },
  double: { type: 'number', rank: 2 },
};

/** Compares the keywords that constrain a single value: type, format, nullability, enum, default and pattern. */
export function compareValueKeywords(scope: PairScope): void {
  if (!compareTypes(scope)) compareFormats(scope);
  compareNullable(scope);
  compareEnums(scope);
  compareDefaults(scope);
  comparePatterns(scope);
  compareMultipleOf(scope);
}

/** Compares the flags that limit how a value may be used: uniqueness, read-only, write-only and deprecation. */
export function compareFlags(scope: PairScope): void {
  const { base, revision } = scope;
  const subject = scope.subject();
  compareFlag(scope, base.uniqueItems, revision.uniqueItems, 'unique-items-added', 'unique-items-removed', subject);
  compareFlag(scope, base.readOnly, revision.readOnly, 'read-only-added', 'read-only-removed', subject);
  compareFlag(scope, base.writeOnly, revision.writeOnly, 'write-only-added', 'write-only-removed', subject);
  compareFlag(scope, base.deprecated, revision.deprecated, 'deprecated-added', undefined, subject);
}

function compareFlag(scope: PairScope, base: Side | undefined, revision: Side | undefined, added: string, removed: string | undefined, subject: string): void {
  if (base === undefined && revision !== undefined) scope.report(added, keywordSites(scope, undefined, revision), { subject });
  if (base !== undefined && revision === undefined && removed !== undefined) scope.report(removed, keywordSites(scope, base, undefined), { subject });
}

/** Reports a type change; returns true when one was reported, so the format needs no report of its own. */
function compareTypes(scope: PairScope): boolean {
  const { base, revision } = scope;
  const baseTypes = base.types?.value;
  const revisionTypes = revision.types?.value;
  if (baseTypes === undefined && revisionTypes === undefined) return false;
  // A oneOf or anyOf without a type of its own keeps its types in the branches, compared there.
  if ((baseTypes === undefined || revisionTypes === undefined) && (base.branches.length > 0 || revision.branches.length > 0)) return false;

  let relation = relateTypes(baseTypes, revisionTypes);
  if (relation === 'same') relation = relateFormats(base.format?.value, revision.format?.value, baseTypes);
  if (relation === 'same') return false;
  scope.report(`type-${relation}`, keywordSites(scope, base.types?.site, revision.types?.site), {
    subject: scope.subject(),
    base: describeType(baseTypes, base.format?.value),
    revision: describeType(revisionTypes, revision.format?.value),
  });
  return true;
}

/** Relation of the revision's type to the base's; each but `same` names the change kind `type-<relation>`. */
type Relation = 'same' | 'widened' | 'narrowed' | 'changed';

/** Relates two type lists; undefined allows any type, and `number` covers `integer`. */
function relateTypes(base: string[] | undefined, revision: string[] | undefined): Relation {
  if (base === undefined) return 'narrowed';
  if (revision === undefined) return 'widened';
  const covers = (types: string[], type: string): boolean => types.includes(type) || (type === 'integer' && types.includes('number'));
  const baseFits = base.every((type) => covers(revision, type));
  const revisionFits = revision.every((type) => covers(base, type));
  if (baseFits && revisionFits) return 'same';
  if (baseFits) return 'widened';
  return revisionFits ? 'narrowed' : 'changed';
}

/** Treats `int32` → `int64` and `float` → `double` as a wider type rather than a different format. */
function relateFormats(base: string | undefined, revision: string | undefined, types: string[] | undefined): Relation {
  if (base === undefined || revision === undefined || base === revision) return 'same';
  const baseRank = FORMAT_RANKS[base];
  const revisionRank = FORMAT_RANKS[revision];
  if (baseRank === undefined || revisionRank === undefined || baseRank.type !== revisionRank.type || !types?.includes(baseRank.type)) return 'same';
  return revisionRank.rank > baseRank.rank ? 'widened' : 'narrowed';
}

function describeType(types: string[] | undefined, format: string | undefined): string {
  if (types === undefined) return 'any';
  const names = types.join(' or ');
  return format !== undefined && FORMAT_RANKS[format] !== undefined && types.includes(FORMAT_RANKS[format].type) ? `${names} (${format})` : names;
}

function compareFormats(scope: PairScope): void {
  const { base, revision } = scope;
  const baseFormat = base.format?.value;
  const revisionFormat = revision.format?.value;
  if (baseFormat === revisionFormat) return;
  const sites = keywordSites(scope, base.format?.site, revision.format?.site);
  const values = { subject: scope.subject(), base: baseFormat ?? '', revision: revisionFormat ?? '' };
  if (baseFormat === undefined) scope.report('format-added', sites, values);
  else if (revisionFormat === undefined) scope.report('format-removed', sites, values);
  else scope.report('format-changed', sites, values);
}

/** Compares nullability, written as `nullable`, `x-nullable`, a `null` type or a `null` alternative. */
export function compareNullable(scope: PairScope): void {
  const { base, revision } = scope;
  if ((base.nullable === undefined) === (revision.nullable === undefined)) return;
  const sites = keywordSites(scope, base.nullable ?? base.types?.site, revision.nullable ?? revision.types?.site);
  scope.report(revision.nullable !== undefined ? 'nullable-added' : 'nullable-removed', sites, { subject: scope.subject() });
}

function compareEnums(scope: PairScope): void {
  const { base, revision } = scope;
  const baseValues = base.enumValues;
  const revisionValues = revision.enumValues;
  if (baseValues === undefined && revisionValues === undefined) return;
  const subject = scope.subject();

  if (baseValues === undefined) {
    scope.report('enum-added', keywordSites(scope, undefined, revisionValues!.site), { subject, values: renderValues(revisionValues!.value.map(({ value }) => value)) });
    return;
  }
  if (revisionValues === undefined) {
    scope.report('enum-removed', keywordSites(scope, baseValues.site, undefined), { subject, values: renderValues(baseValues.value.map(({ value }) => value)) });
    return;
  }
  if (base.isConst && revision.isConst && baseValues.value.length === 1 && revisionValues.value.length === 1) {
    const [before] = baseValues.value;
    const [after] = revisionValues.value;
    if (canonicalJson(before.value) !== canonicalJson(after.value)) {
      scope.report('const-changed', keywordSites(scope, before.site, after.site), { subject, base: renderValue(before.value), revision: renderValue(after.value) });
    }
    return;
  }
  const baseKeys = new Set(baseValues.value.map(({ value }) => canonicalJson(value)));
  const revisionKeys = new Set(revisionValues.value.map(({ value }) => canonicalJson(value)));
  for (const entry of revisionValues.value) {
    if (!baseKeys.has(canonicalJson(entry.value))) scope.report('enum-value-added', keywordSites(scope, baseValues.site, entry.site), { subject, value: renderValue(entry.value) });
  }
  for (const entry of baseValues.value) {
    if (!revisionKeys.has(canonicalJson(entry.value))) scope.report('enum-value-removed', keywordSites(scope, entry.site, revisionValues.site), { subject, value: renderValue(entry.value) });
  }
}

function compareDefaults(scope: PairScope): void {
  const { base, revision } = scope;
  const before = base.defaultValue;
  const after = revision.defaultValue;
  if (before === undefined && after === undefined) return;
  const sites = keywordSites(scope, before?.site, after?.site);
  const values = { subject: scope.subject(), base: before === undefined ? '' : renderValue(before.value), revision: after === undefined ? '' : renderValue(after.value) };
  if (before === undefined) scope.report('default-added', sites, values);
  else if (after === undefined) scope.report('default-removed', sites, values);
  else if (canonicalJson(before.value) !== canonicalJson(after.value)) scope.report('default-changed', sites, values);
}

function comparePatterns(scope: PairScope): void {
  const { base, revision } = scope;
  const before = base.pattern?.value;
  const after = revision.pattern?.value;
  if (before === after) return;
  const sites = keywordSites(scope, base.pattern?.site, revision.pattern?.site);
  const values = { subject: scope.subject(), base: before ?? '', revision: after ?? '' };
  if (before === undefined) scope.report('pattern-added', sites, values);
  else if (after === undefined) scope.report('pattern-removed', sites, values);
  else scope.report('pattern-changed', sites, values);
}

/** Compares multipleOf. A new step loosens when the old step is a multiple of it, because every old value then stays valid. */
function compareMultipleOf(scope: PairScope): void {
  const { base, revision } = scope;
  const before = base.multipleOf?.value;
  const after = revision.multipleOf?.value;
  if (before === after) return;
  const loosened = before !== undefined && (after === undefined || isWholeMultiple(before, after));
  scope.report(loosened ? 'multiple-of-loosened' : 'multiple-of-tightened', keywordSites(scope, base.multipleOf?.site, revision.multipleOf?.site), {
    subject: scope.subject(),
    base: before ?? 'none',
    revision: after ?? 'none',
  });
}

function isWholeMultiple(value: number, step: number): boolean {
  const quotient = value / step;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}
