import { compareSchemas, report, type Comparison } from './context.js';
import { matchMediaTypes } from './media-types.js';
import { memberOr, siteOf } from './nodes.js';
import type { OperationView, ResponseView } from './view.js';

/** Returns whether a status code or range (`2XX`) reports success: any status below 400. */
export function isSuccessStatus(status: string): boolean {
  return /^[123]/.test(status);
}

/** Compares the responses of an operation: status codes, then media types, schemas and headers of each. */
export function compareResponses(comparison: Comparison, baseOperation: OperationView, revisionOperation: OperationView): void {
  const label = revisionOperation.label;
  for (const [key, base] of baseOperation.responses) {
    const revision = revisionOperation.responses.get(key);
    if (revision !== undefined) {
      compareResponse(comparison, base, revision, label);
      continue;
    }
    const id = key === 'DEFAULT' ? 'response-default-removed' : isSuccessStatus(key) ? 'response-success-status-removed' : 'response-error-status-removed';
    report(comparison, id, { base: siteOf(base.node), revision: siteOf(revisionOperation.responsesNode) }, { operation: label, status: base.status }, label);
  }
  for (const [key, revision] of revisionOperation.responses) {
    if (baseOperation.responses.has(key)) continue;
    const id = key === 'DEFAULT' ? 'response-default-added' : isSuccessStatus(key) ? 'response-success-status-added' : 'response-error-status-added';
    report(comparison, id, { base: siteOf(baseOperation.responsesNode), revision: siteOf(revision.node) }, { operation: label, status: revision.status }, label);
  }
}

function compareResponse(comparison: Comparison, base: ResponseView, revision: ResponseView, label: string): void {
  const values = { operation: label, status: revision.status };
  const { pairs, removed, added } = matchMediaTypes(base.content, revision.content);
  for (const mediaType of removed) {
    report(comparison, 'response-media-type-removed', { base: siteOf(mediaType.node), revision: siteOf(memberOr(revision.node, 'content')) }, { ...values, mediaType: mediaType.name }, label);
  }
  for (const mediaType of added) {
    report(comparison, 'response-media-type-added', { base: siteOf(memberOr(base.node, 'content')), revision: siteOf(mediaType.node) }, { ...values, mediaType: mediaType.name }, label);
  }
  for (const [baseMediaType, revisionMediaType] of pairs) {
    compareSchemas(comparison, baseMediaType.schema, revisionMediaType.schema, { base: baseMediaType.node, revision: revisionMediaType.node }, 'response-body', label);
  }
  compareHeaders(comparison, base, revision, label);
}

function compareHeaders(comparison: Comparison, base: ResponseView, revision: ResponseView, label: string): void {
  const success = isSuccessStatus(revision.status.toUpperCase());
  for (const [key, header] of base.headers) {
    const counterpart = revision.headers.get(key);
    const values = { operation: label, status: revision.status, header: counterpart?.name ?? header.name };
    if (counterpart === undefined) {
      const id = header.required || success ? 'response-header-removed' : 'response-error-header-removed';
      report(comparison, id, { base: siteOf(header.node), revision: siteOf(revision.headersNode) }, values, label);
      continue;
    }
    const requiredSites = { base: siteOf(memberOr(header.node, 'required')), revision: siteOf(memberOr(counterpart.node, 'required')) };
    if (header.required && !counterpart.required) report(comparison, 'response-header-became-optional', requiredSites, values, label);
    if (!header.required && counterpart.required) report(comparison, 'response-header-became-required', requiredSites, values, label);
    compareSchemas(comparison, header.schema, counterpart.schema, { base: header.node, revision: counterpart.node }, 'response-header', label, `header '${counterpart.name}'`);
  }
  for (const [key, header] of revision.headers) {
    if (base.headers.has(key)) continue;
    report(comparison, 'response-header-added', { base: siteOf(base.headersNode), revision: siteOf(header.node) }, { operation: label, status: revision.status, header: header.name }, label);
  }
}
