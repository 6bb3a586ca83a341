import { compareSchemas, report, type Comparison } from './context.js';
import { matchMediaTypes } from './media-types.js';
import { memberOr, siteOf } from './nodes.js';
import type { OperationView } from './view.js';

/** Compares the request bodies of an operation: presence, whether required, media types and their schemas. */
export function compareRequestBodies(comparison: Comparison, baseOperation: OperationView, revisionOperation: OperationView): void {
  const base = baseOperation.requestBody;
  const revision = revisionOperation.requestBody;
  const label = revisionOperation.label;
  const values = { operation: label };
  if (base === undefined && revision === undefined) return;
  if (base === undefined) {
    const id = revision!.required ? 'request-body-added-required' : 'request-body-added-optional';
    report(comparison, id, { base: siteOf(baseOperation.node), revision: siteOf(revision!.node) }, values, label);
    return;
  }
  if (revision === undefined) {
    report(comparison, 'request-body-removed', { base: siteOf(base.node), revision: siteOf(revisionOperation.node) }, values, label);
    return;
  }

  const requiredSites = { base: siteOf(memberOr(base.node, 'required')), revision: siteOf(memberOr(revision.node, 'required')) };
  if (!base.required && revision.required) report(comparison, 'request-body-became-required', requiredSites, values, label);
  if (base.required && !revision.required) report(comparison, 'request-body-became-optional', requiredSites, values, label);

  const { pairs, removed, added } = matchMediaTypes(base.content, revision.content);
  for (const mediaType of removed) {
    report(comparison, 'request-media-type-removed', { base: siteOf(mediaType.node), revision: siteOf(memberOr(revision.node, 'content')) }, { ...values, mediaType: mediaType.name }, label);
  }
  for (const mediaType of added) {
    report(comparison, 'request-media-type-added', { base: siteOf(memberOr(base.node, 'content')), revision: siteOf(mediaType.node) }, { ...values, mediaType: mediaType.name }, label);
  }
  for (const [baseMediaType, revisionMediaType] of pairs) {
    compareSchemas(comparison, baseMediaType.schema, revisionMediaType.schema, { base: baseMediaType.node, revision: revisionMediaType.node }, 'request-body', label);
  }
}
