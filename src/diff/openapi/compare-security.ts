import type { Resolved } from '../../contracts/types.js';
import { report, type Comparison } from './context.js';
import { siteOf } from './nodes.js';
import type { OperationView, SecurityAlternative, SecurityRequirementsView } from './view.js';

/** One side of a security comparison: its alternatives, or one empty alternative when the scope is open. */
interface RequirementSide {
  alternatives: SecurityAlternative[];
  /** The site of a change that no alternative fits: the `security` list, or the operation or document. */
  node: Resolved;
}

interface Scope {
  /** The name of the scope in messages: `the API` or `operation GET /orders`. */
  name: string;
  usedBy?: string;
}

/** Compares the top-level security requirements of both documents. */
export function compareGlobalSecurity(comparison: Comparison): void {
  const { base, revision } = comparison;
  compareRequirements(comparison, sideOf(base.security, base.root), sideOf(revision.security, revision.root), { name: 'the API' });
}

/**
 * Compares the security that applies to an operation that sets its own requirements on either
 * side. The other operations follow the top-level requirements, whose changes are reported once
 * for the whole API.
 */
export function compareOperationSecurity(comparison: Comparison, base: OperationView, revision: OperationView): void {
  if (base.security === undefined && revision.security === undefined) return;
  const baseSide = sideOf(base.security ?? comparison.base.security, base.node);
  const revisionSide = sideOf(revision.security ?? comparison.revision.security, revision.node);
  compareRequirements(comparison, baseSide, revisionSide, { name: `operation ${revision.label}`, usedBy: revision.label });
}

function sideOf(security: SecurityRequirementsView | undefined, owner: Resolved): RequirementSide {
  const node = security?.node ?? owner;
  const alternatives = security?.alternatives ?? [];
  // No requirement at all, like an empty `{}` alternative, lets anonymous clients in.
  return { alternatives: alternatives.length === 0 ? [{ node, scopes: new Map() }] : alternatives, node };
}

/**
 * Compares two lists of security alternatives. A client that satisfies some base alternative keeps
 * working when some revision alternative requires a subset of its schemes and scopes. Alternatives
 * match by schemes and scopes, then by scheme names alone, whose scopes are then compared; an
 * alternative that gained schemes adds requirements, one that lost schemes removes them, and the
 * rest were added or dropped as a whole.
 */
function compareRequirements(comparison: Comparison, base: RequirementSide, revision: RequirementSide, scope: Scope): void {
  // Alternatives equal in schemes and scopes match first, so repeated schemes with other scopes pair up correctly.
  const unmatchedBase = [...base.alternatives];
  const unmatchedRevision: SecurityAlternative[] = [];
  for (const alternative of revision.alternatives) {
    const index = unmatchedBase.findIndex((candidate) => scopedKeyOf(candidate) === scopedKeyOf(alternative));
    if (index >= 0) unmatchedBase.splice(index, 1);
    else unmatchedRevision.push(alternative);
  }
  for (const alternative of [...unmatchedRevision]) {
    const index = unmatchedBase.findIndex((candidate) => keyOf(candidate) === keyOf(alternative));
    if (index < 0) continue;
    compareScopes(comparison, unmatchedBase[index], alternative, scope);
    unmatchedBase.splice(index, 1);
    unmatchedRevision.splice(unmatchedRevision.indexOf(alternative), 1);
  }

  const extended = new Set<SecurityAlternative>();
  for (const alternative of unmatchedRevision) {
    if (alternative.scopes.size === 0) {
      const requirement = base.alternatives.map(describe).join(' or ');
      report(comparison, 'security-requirement-removed', { base: siteOf(base.node), revision: siteOf(alternative.node) }, { scope: scope.name, requirement }, scope.usedBy);
      continue;
    }
    // A narrower alternative is reported from the base alternative it relaxes.
    if (unmatchedBase.some((candidate) => isStrictSubset(alternative, candidate))) continue;
    const widest = unmatchedBase
      .filter((candidate) => !extended.has(candidate) && isStrictSubset(candidate, alternative))
      .sort((a, b) => b.scopes.size - a.scopes.size)[0];
    if (widest === undefined) {
      report(comparison, 'security-alternative-added', { base: siteOf(base.node), revision: siteOf(alternative.node) }, { scope: scope.name, requirement: describe(alternative) }, scope.usedBy);
      continue;
    }
    extended.add(widest);
    for (const scheme of alternative.scopes.keys()) {
      if (widest.scopes.has(scheme)) continue;
      report(comparison, 'security-requirement-added', { base: siteOf(widest.node), revision: siteOf(alternative.node) }, { scope: scope.name, scheme }, scope.usedBy);
    }
    compareScopes(comparison, widest, alternative, scope);
  }

  for (const alternative of unmatchedBase) {
    if (extended.has(alternative)) continue;
    const relaxed = revision.alternatives
      .filter((candidate) => isStrictSubset(candidate, alternative))
      .sort((a, b) => b.scopes.size - a.scopes.size)[0];
    if (relaxed === undefined) {
      report(comparison, 'security-alternative-removed', { base: siteOf(alternative.node), revision: siteOf(revision.node) }, { scope: scope.name, requirement: describe(alternative) }, scope.usedBy);
      continue;
    }
    // An empty revision alternative was reported above as the whole requirement removed.
    if (relaxed.scopes.size === 0) continue;
    const dropped = [...alternative.scopes.keys()].filter((scheme) => !relaxed.scopes.has(scheme));
    report(comparison, 'security-requirement-removed', { base: siteOf(alternative.node), revision: siteOf(relaxed.node) }, { scope: scope.name, requirement: quoteAll(dropped) }, scope.usedBy);
    compareScopes(comparison, alternative, relaxed, scope);
  }
}

/** Reports scopes added to or removed from the schemes that both alternatives require. */
function compareScopes(comparison: Comparison, base: SecurityAlternative, revision: SecurityAlternative, scope: Scope): void {
  const sites = { base: siteOf(base.node), revision: siteOf(revision.node) };
  for (const [scheme, revisionScopes] of revision.scopes) {
    const baseScopes = base.scopes.get(scheme);
    if (baseScopes === undefined) continue;
    for (const oauthScope of new Set(revisionScopes)) {
      if (!baseScopes.includes(oauthScope)) report(comparison, 'security-scope-added', sites, { scope: scope.name, scheme, oauthScope }, scope.usedBy);
    }
    for (const oauthScope of new Set(baseScopes)) {
      if (!revisionScopes.includes(oauthScope)) report(comparison, 'security-scope-removed', sites, { scope: scope.name, scheme, oauthScope }, scope.usedBy);
    }
  }
}

function keyOf(alternative: SecurityAlternative): string {
  return [...alternative.scopes.keys()].sort().join('\n');
}

function scopedKeyOf(alternative: SecurityAlternative): string {
  return [...alternative.scopes].map(([scheme, scopes]) => `${scheme}:${[...new Set(scopes)].sort().join(' ')}`).sort().join('\n');
}

/** Returns whether every scheme of `small` is in `large`, which has more. */
function isStrictSubset(small: SecurityAlternative, large: SecurityAlternative): boolean {
  return small.scopes.size < large.scopes.size && [...small.scopes.keys()].every((scheme) => large.scopes.has(scheme));
}

function describe(alternative: SecurityAlternative): string {
  return alternative.scopes.size === 0 ? 'anonymous access' : quoteAll([...alternative.scopes.keys()].sort());
}

function quoteAll(schemes: string[]): string {
  return schemes.map((scheme) => `'${scheme}'`).join(' and ');
}
