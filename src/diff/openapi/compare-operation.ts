import { report, type Comparison } from './context.js';
import { compareParameters } from './compare-parameters.js';
import { compareRequestBodies } from './compare-request-body.js';
import { compareResponses } from './compare-responses.js';
import { compareOperationSecurity } from './compare-security.js';
import { memberOr, siteOf } from './nodes.js';
import type { OperationView } from './view.js';

/** Compares an operation present in both documents, then its parameters, body, responses and security. */
export function compareOperation(comparison: Comparison, base: OperationView, revision: OperationView): void {
  compareDeprecation(comparison, base, revision);
  compareOperationId(comparison, base, revision);
  compareTags(comparison, base, revision);
  compareParameters(comparison, base, revision);
  compareRequestBodies(comparison, base, revision);
  compareResponses(comparison, base, revision);
  compareOperationSecurity(comparison, base, revision);
}

function compareDeprecation(comparison: Comparison, base: OperationView, revision: OperationView): void {
  const label = revision.label;
  const sites = { base: siteOf(memberOr(base.node, 'deprecated')), revision: siteOf(memberOr(revision.node, 'deprecated')) };
  if (!base.deprecated && revision.deprecated) report(comparison, 'operation-deprecated', sites, { operation: label }, label);
  if (base.deprecated && !revision.deprecated) report(comparison, 'operation-undeprecated', sites, { operation: label }, label);

  const sunsetSites = { base: siteOf(memberOr(base.node, 'x-sunset')), revision: siteOf(memberOr(revision.node, 'x-sunset')) };
  if (revision.sunset === undefined) return;
  if (base.sunset === undefined) {
    report(comparison, 'operation-sunset-added', sunsetSites, { operation: label, sunset: revision.sunset.text }, label);
  } else if (revision.sunset.time < base.sunset.time) {
    report(comparison, 'operation-sunset-brought-forward', sunsetSites, { operation: label, base: base.sunset.text, revision: revision.sunset.text }, label);
  }
}

function compareOperationId(comparison: Comparison, base: OperationView, revision: OperationView): void {
  if (base.operationId === revision.operationId) return;
  const label = revision.label;
  const sites = { base: siteOf(memberOr(base.node, 'operationId')), revision: siteOf(memberOr(revision.node, 'operationId')) };
  if (base.operationId === undefined) {
    report(comparison, 'operation-id-added', sites, { operation: label, revision: revision.operationId! }, label);
  } else if (revision.operationId === undefined) {
    report(comparison, 'operation-id-removed', sites, { operation: label, base: base.operationId }, label);
  } else {
    report(comparison, 'operation-id-changed', sites, { operation: label, base: base.operationId, revision: revision.operationId }, label);
  }
}

/** Tags are a set: reordering them is not a change. */
function compareTags(comparison: Comparison, base: OperationView, revision: OperationView): void {
  const baseTags = [...new Set(base.tags)].sort();
  const revisionTags = [...new Set(revision.tags)].sort();
  if (baseTags.join('\n') === revisionTags.join('\n')) return;
  const sites = { base: siteOf(memberOr(base.node, 'tags')), revision: siteOf(memberOr(revision.node, 'tags')) };
  report(comparison, 'operation-tags-changed', sites, { operation: revision.label, base: baseTags.join(', '), revision: revisionTags.join(', ') }, revision.label);
}
