import { child } from '../../contracts/refs.js';
import { report, type Comparison } from './context.js';
import { memberOr, siteOf } from './nodes.js';

/** Reports changes of the OpenAPI version and of `info.version`: neither changes what clients send or get. */
export function compareDocuments(comparison: Comparison): void {
  const { base, revision } = comparison;
  if (base.specVersion !== revision.specVersion) {
    const key = (dialect: string): string => (dialect === 'oas2' ? 'swagger' : 'openapi');
    const sites = { base: siteOf(memberOr(base.root, key(base.dialect))), revision: siteOf(memberOr(revision.root, key(revision.dialect))) };
    report(comparison, 'openapi-version-changed', sites, { base: base.specVersion, revision: revision.specVersion });
  }
  if (base.apiVersion !== undefined && revision.apiVersion !== undefined && base.apiVersion !== revision.apiVersion) {
    const sites = { base: siteOf(memberOr(child(base.root, 'info'), 'version')), revision: siteOf(memberOr(child(revision.root, 'info'), 'version')) };
    report(comparison, 'api-version-changed', sites, { base: base.apiVersion, revision: revision.apiVersion });
  }
}
