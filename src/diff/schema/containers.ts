import { itemsPath, mapValuesPath } from './paths.js';
import { keywordSites, type PairScope } from './scope.js';

/** Compares what an object allows beyond its listed properties, and the schemas of those members. */
export function compareAdditionalProperties(scope: PairScope): void {
  const { base, revision } = scope;
  const baseClosed = base.additional?.value === false;
  const revisionClosed = revision.additional?.value === false;
  if (baseClosed !== revisionClosed) {
    const sites = keywordSites(scope, base.additional?.site ?? base.propertiesSite, revision.additional?.site ?? revision.propertiesSite);
    scope.report(revisionClosed ? 'additional-properties-closed' : 'additional-properties-opened', sites, { subject: scope.subject() });
  }
  const baseValues = base.additional?.value;
  const revisionValues = revision.additional?.value;
  if (baseValues && revisionValues) scope.recurse(baseValues, revisionValues, mapValuesPath(scope.path));

  for (const [pattern, baseSchema] of base.patternProperties) {
    const revisionSchema = revision.patternProperties.get(pattern);
    if (revisionSchema !== undefined) scope.recurse(baseSchema, revisionSchema, mapValuesPath(scope.path, pattern));
  }
}

/** Compares the item schemas of two arrays: the single `items` schema, and tuple positions one by one. */
export function compareItems(scope: PairScope): void {
  const { base, revision } = scope;
  if (base.items !== undefined && revision.items !== undefined) scope.recurse(base.items, revision.items, itemsPath(scope.path));
  const shared = Math.min(base.tupleItems.length, revision.tupleItems.length);
  for (let position = 0; position < shared; position++) {
    scope.recurse(base.tupleItems[position], revision.tupleItems[position], itemsPath(scope.path, position));
  }
}
