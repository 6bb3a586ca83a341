import type { OpenApiNodes, SecurityRequirementNode } from '../../../contracts/nodes/openapi.js';
import type { ContractRuleContext } from '../../types.js';
import { locationOf } from './openapi.js';

/**
 * Checks that every security requirement names a declared scheme and, for OAuth2, only scopes
 * the scheme declares. Other scheme types take no scopes in 2.0. In 3.0 OpenID Connect scopes are
 * free, and in 3.1 any scheme that is not OAuth2 may list role names.
 */
export function checkSecurityRequirements(nodes: OpenApiNodes, report: ContractRuleContext['report']): void {
  const schemes = new Map(nodes.securitySchemes.map((scheme) => [scheme.name, scheme.node.value]));
  const section = nodes.dialect === 'oas2' ? 'securityDefinitions' : 'components.securitySchemes';
  for (const requirement of nodes.securityRequirements) {
    const where = describeOwner(requirement);
    for (const [name, scopes] of Object.entries(requirement.node.value)) {
      const scheme = schemes.get(name);
      if (scheme === undefined) {
        report({ messageId: 'undefinedScheme', data: { name, where, section }, location: locationOf(requirement.node, name) });
        continue;
      }
      if (!Array.isArray(scopes)) continue;
      const declared = declaredScopes(nodes, scheme);
      scopes.forEach((scope, i) => {
        if (declared === 'any' || (typeof scope === 'string' && declared.has(scope))) return;
        const messageId = declared.size === 0 && scheme.type !== 'oauth2' ? 'scopesNotAllowed' : 'undefinedScope';
        report({ messageId, data: { name, scope: String(scope), where }, location: locationOf(requirement.node, name, i) });
      });
    }
  }
}

/** Returns the scope names a scheme declares, or `any` when the version lets a requirement list any names. */
function declaredScopes(nodes: OpenApiNodes, scheme: Record<string, unknown>): Set<string> | 'any' {
  const names = new Set<string>();
  if (scheme.type === 'oauth2') {
    const flows = nodes.dialect === 'oas2' ? [scheme] : Object.values(isObject(scheme.flows) ? scheme.flows : {});
    for (const flow of flows) {
      if (isObject(flow) && isObject(flow.scopes)) for (const scope of Object.keys(flow.scopes)) names.add(scope);
    }
    return names;
  }
  if (nodes.dialect === 'oas3_1') return 'any';
  if (nodes.dialect === 'oas3_0' && scheme.type === 'openIdConnect') return 'any';
  return names;
}

function describeOwner(requirement: SecurityRequirementNode): string {
  const operation = requirement.operation;
  return operation === undefined ? 'the top-level security' : `the security of ${operation.method.toUpperCase()} ${operation.path}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
