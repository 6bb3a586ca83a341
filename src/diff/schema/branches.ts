import type { Resolved } from '../../contracts/types.js';
import type { Side } from '../collector.js';
import { keywordSites, sideOf, type PairScope } from './scope.js';
import { canonicalJson } from './values.js';
import { refNameOf, type Branch, type SchemaView } from './view.js';

/** A oneOf or anyOf alternative with the names it can be matched by. */
interface BranchInfo {
  combinator: Branch['combinator'];
  node: Resolved;
  view: SchemaView;
  /** Name of the schema the alternative refers to: the `$ref` target name, or the definition name. */
  refName?: string;
  /** Discriminator value that selects the alternative. */
  tag?: string;
  title?: string;
  /** Stands for the whole schema of a side that has no alternatives of its own. */
  whole: boolean;
  /** Canonical JSON of the alternative, computed when first needed. */
  shape?: string;
}

const STEMS: Record<Branch['combinator'], string> = { oneOf: 'one-of', anyOf: 'any-of' };

/**
 * Returns whether only one side has alternatives and that side has no type or properties of its
 * own. The other side is then compared as one of the alternatives, so wrapping a schema in a
 * oneOf with a new alternative reads as an added branch.
 */
export function hasOneSidedBranches(scope: PairScope): boolean {
  const { base, revision } = scope;
  if ((base.branches.length > 0) === (revision.branches.length > 0)) return false;
  const branched = base.branches.length > 0 ? base : revision;
  return branched.types === undefined && branched.properties.size === 0;
}

/**
 * Matches the alternatives of both sides, in order of preference: by `$ref` target name, by
 * discriminator value, by title, then by equal content. Matched alternatives are compared like
 * any other schema pair; the others were added or removed.
 */
export function compareBranches(scope: PairScope): void {
  const { base, revision } = scope;
  if (base.branches.length === 0 && revision.branches.length === 0) return;
  const baseInfos = branchInfos(scope, 'base', base, revision);
  const revisionInfos = branchInfos(scope, 'revision', revision, base);
  const unmatchedBase = new Set(baseInfos);
  const unmatchedRevision = new Set(revisionInfos);
  const pair = (before: BranchInfo, after: BranchInfo): void => {
    unmatchedBase.delete(before);
    unmatchedRevision.delete(after);
    scope.recurse(before.node, after.node, scope.path);
  };

  const keys: Array<(info: BranchInfo) => string | undefined> = [
    (info) => info.refName,
    (info) => info.tag,
    (info) => info.title,
    (info) => (info.shape ??= canonicalJson(info.view.node.value)),
  ];
  for (const keyOf of keys) {
    for (const before of [...unmatchedBase]) {
      const key = keyOf(before);
      if (key === undefined) continue;
      const after = [...unmatchedRevision].find((candidate) => keyOf(candidate) === key);
      if (after !== undefined) pair(before, after);
    }
  }
  pairLeftovers(unmatchedBase, unmatchedRevision, pair);

  for (const info of unmatchedBase) {
    scope.report(`${STEMS[info.combinator]}-branch-removed`, { base: sideOf(info.node), revision: sideOf(revision.branchesSite ?? revision.node) }, { subject: scope.subject(), branch: labelOf(info) });
  }
  for (const info of unmatchedRevision) {
    scope.report(`${STEMS[info.combinator]}-branch-added`, { base: sideOf(base.branchesSite ?? base.node), revision: sideOf(info.node) }, { subject: scope.subject(), branch: labelOf(info) });
  }
}

/**
 * Pairs what the names left unmatched: a whole schema with the first alternative of an
 * overlapping type, and a last unnamed inline alternative on each side with each other.
 */
function pairLeftovers(base: Set<BranchInfo>, revision: Set<BranchInfo>, pair: (before: BranchInfo, after: BranchInfo) => void): void {
  const whole = [...base, ...revision].find((info) => info.whole);
  if (whole !== undefined) {
    const others = base.has(whole) ? revision : base;
    const partner = [...others].find((info) => typesOverlap(info.view, whole.view));
    if (partner !== undefined) {
      if (base.has(whole)) pair(whole, partner);
      else pair(partner, whole);
    }
    return;
  }
  const [before] = base;
  const [after] = revision;
  if (base.size === 1 && revision.size === 1 && before.refName === undefined && after.refName === undefined && typesOverlap(before.view, after.view)) {
    pair(before, after);
  }
}

function typesOverlap(a: SchemaView, b: SchemaView): boolean {
  if (a.types === undefined || b.types === undefined) return true;
  return a.types.value.some((type) => b.types!.value.includes(type) || (type === 'integer' && b.types!.value.includes('number')) || (type === 'number' && b.types!.value.includes('integer')));
}

function branchInfos(scope: PairScope, side: 'base' | 'revision', view: SchemaView, other: SchemaView): BranchInfo[] {
  if (view.branches.length === 0) {
    // The side without alternatives takes part as a single alternative standing for itself.
    const combinator = other.branches[0].combinator;
    return [{ combinator, node: view.node, view, refName: view.name, title: view.title, whole: true }];
  }
  return view.branches.map((branch) => {
    const branchView = scope.view(side, branch.node);
    const ref = (branch.node.value as { $ref?: unknown } | null)?.$ref;
    const refName = typeof ref === 'string' ? refNameOf(ref) : branchView.name;
    const info: BranchInfo = { combinator: branch.combinator, node: branch.node, view: branchView, refName, title: branchView.title, whole: false };
    info.tag = tagOf(scope, side, view, info);
    return info;
  });
}

/** Finds the discriminator value of an alternative: its mapping key, or the fixed value of the discriminator property. */
function tagOf(scope: PairScope, side: 'base' | 'revision', owner: SchemaView, info: BranchInfo): string | undefined {
  const discriminator = owner.discriminator?.value;
  if (discriminator === undefined) return undefined;
  for (const [key, target] of discriminator.mapping) {
    if (info.refName !== undefined && refNameOf(target.value) === info.refName) return key;
  }
  const property = info.view.properties.get(discriminator.propertyName);
  if (property === undefined) return undefined;
  const values = scope.view(side, property).enumValues?.value;
  return values?.length === 1 && typeof values[0].value === 'string' ? values[0].value : undefined;
}

function labelOf(info: BranchInfo): string {
  const name = info.refName ?? info.tag ?? info.title;
  if (name !== undefined) return `'${name}'`;
  const position = Number(info.node.pointer.split('/').pop());
  return Number.isInteger(position) ? `#${position + 1}` : 'the whole schema';
}

/** Compares the discriminators: the property that selects the alternative, and the values it may take. */
export function compareDiscriminators(scope: PairScope): void {
  const before = scope.base.discriminator;
  const after = scope.revision.discriminator;
  if (before === undefined && after === undefined) return;
  const subject = scope.subject();
  if (before === undefined || after === undefined) {
    const values = { subject, base: before?.value.propertyName ?? '', revision: after?.value.propertyName ?? '' };
    scope.report(after !== undefined ? 'discriminator-added' : 'discriminator-removed', keywordSites(scope, before?.site, after?.site), values);
    return;
  }
  if (before.value.propertyName !== after.value.propertyName) {
    scope.report('discriminator-property-changed', keywordSites(scope, before.site, after.site), { subject, base: before.value.propertyName, revision: after.value.propertyName });
  }
  const baseValues = discriminatorValues(scope.base);
  const revisionValues = discriminatorValues(scope.revision);
  for (const [value, site] of revisionValues) {
    if (!baseValues.has(value)) scope.report('discriminator-mapping-added', keywordSites(scope, before.site, site), { subject, value });
  }
  for (const [value, site] of baseValues) {
    if (!revisionValues.has(value)) scope.report('discriminator-mapping-removed', keywordSites(scope, site, after.site), { subject, value });
  }
}

/**
 * Collects the discriminator values a schema accepts: the explicit mapping, plus the schema name
 * of each `$ref` alternative that the mapping does not cover, which is its implicit value.
 */
function discriminatorValues(view: SchemaView): Map<string, Side> {
  const values = new Map<string, Side>();
  const mapped = new Set<string>();
  for (const [key, target] of view.discriminator!.value.mapping) {
    values.set(key, target.site);
    mapped.add(refNameOf(target.value));
  }
  for (const branch of view.branches) {
    const ref = (branch.node.value as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string') continue;
    const name = refNameOf(ref);
    if (!mapped.has(name) && !values.has(name)) values.set(name, branch.node);
  }
  return values;
}
