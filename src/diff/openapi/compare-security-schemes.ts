import { report, type Comparison } from './context.js';
import { memberOr, siteOf } from './nodes.js';
import { OAUTH_URL_KINDS, type SecuritySchemeView } from './view.js';

/** Compares the security schemes of both documents by name. */
export function compareSecuritySchemes(comparison: Comparison): void {
  const { base, revision } = comparison;
  for (const [name, scheme] of base.securitySchemes) {
    const counterpart = revision.securitySchemes.get(name);
    if (counterpart === undefined) report(comparison, 'security-scheme-removed', { base: siteOf(scheme.node), revision: siteOf(revision.securitySchemesNode) }, { scheme: name });
    else compareScheme(comparison, scheme, counterpart);
  }
  for (const [name, scheme] of revision.securitySchemes) {
    if (!base.securitySchemes.has(name)) report(comparison, 'security-scheme-added', { base: siteOf(base.securitySchemesNode), revision: siteOf(scheme.node) }, { scheme: name });
  }
}

function compareScheme(comparison: Comparison, base: SecuritySchemeView, revision: SecuritySchemeView): void {
  const scheme = revision.name;
  if (base.type !== revision.type) {
    report(comparison, 'security-scheme-type-changed', { base: siteOf(memberOr(base.node, 'type')), revision: siteOf(memberOr(revision.node, 'type')) }, { scheme, base: describeType(base), revision: describeType(revision) });
    return;
  }
  if (base.apiKey !== undefined && revision.apiKey !== undefined && !isSameApiKey(base.apiKey, revision.apiKey)) {
    const sites = { base: siteOf(memberOr(base.node, 'in')), revision: siteOf(memberOr(revision.node, 'in')) };
    report(comparison, 'security-api-key-location-changed', sites, { scheme, base: describeApiKey(base.apiKey), revision: describeApiKey(revision.apiKey) });
  }
  if (base.openIdConnectUrl !== undefined && revision.openIdConnectUrl !== undefined && base.openIdConnectUrl !== revision.openIdConnectUrl) {
    const sites = { base: siteOf(memberOr(base.node, 'openIdConnectUrl')), revision: siteOf(memberOr(revision.node, 'openIdConnectUrl')) };
    report(comparison, 'openid-connect-url-changed', sites, { scheme, base: base.openIdConnectUrl, revision: revision.openIdConnectUrl });
  }
  compareFlows(comparison, base, revision);
}

function compareFlows(comparison: Comparison, base: SecuritySchemeView, revision: SecuritySchemeView): void {
  const scheme = revision.name;
  for (const [name, flow] of base.flows) {
    const counterpart = revision.flows.get(name);
    if (counterpart === undefined) {
      report(comparison, 'oauth-flow-removed', { base: siteOf(flow.node), revision: siteOf(memberOr(revision.node, 'flows')) }, { scheme, flow: name });
      continue;
    }
    for (const urlKind of OAUTH_URL_KINDS) {
      const baseUrl = flow.urls[urlKind];
      const revisionUrl = counterpart.urls[urlKind];
      if (baseUrl === undefined || revisionUrl === undefined || baseUrl === revisionUrl) continue;
      const sites = { base: siteOf(memberOr(flow.node, urlKind)), revision: siteOf(memberOr(counterpart.node, urlKind)) };
      report(comparison, 'oauth-flow-url-changed', sites, { scheme, flow: name, urlKind, base: baseUrl, revision: revisionUrl });
    }
  }
  for (const [name, flow] of revision.flows) {
    if (!base.flows.has(name)) report(comparison, 'oauth-flow-added', { base: siteOf(memberOr(base.node, 'flows')), revision: siteOf(flow.node) }, { scheme, flow: name });
  }
}

/** API key names in a header ignore case, like every HTTP header name. */
function isSameApiKey(base: { in: string; name: string }, revision: { in: string; name: string }): boolean {
  if (base.in !== revision.in) return false;
  return base.in === 'header' ? base.name.toLowerCase() === revision.name.toLowerCase() : base.name === revision.name;
}

function describeApiKey(apiKey: { in: string; name: string }): string {
  return `${apiKey.in} '${apiKey.name}'`;
}

function describeType(scheme: SecuritySchemeView): string {
  return scheme.type.startsWith('http:') ? `HTTP ${scheme.type.slice(5)} authentication` : scheme.type;
}
