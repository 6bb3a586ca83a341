import { child, deref } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { DocumentScope } from './normalize.js';
import { isObject, stringList } from './nodes.js';
import { OAUTH_URL_KINDS, type OAuthFlowView, type SecurityAlternative, type SecurityRequirementsView, type SecuritySchemeView } from './view.js';

/** 2.0 `flow` names and the 3.x flows that work the same way. */
const OAS2_FLOWS: Record<string, string> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
};

/** Reads a `security` list; undefined when the member is absent. */
export function normalizeSecurityRequirements(list: Resolved): SecurityRequirementsView | undefined {
  if (!Array.isArray(list.value)) return undefined;
  const alternatives: SecurityAlternative[] = [];
  list.value.forEach((_, index) => {
    const node = child(list, index);
    if (!isObject(node.value)) return;
    const scopes = new Map<string, string[]>();
    for (const [scheme, value] of Object.entries(node.value)) scopes.set(scheme, stringList(value));
    alternatives.push({ node, scopes });
  });
  return { node: list, alternatives };
}

/** Reads `components.securitySchemes` (3.x) or `securityDefinitions` (2.0) into 3.x terms. */
export function normalizeSecuritySchemes(scope: DocumentScope): { schemes: Map<string, SecuritySchemeView>; node: Resolved } {
  const container = scope.dialect === 'oas2'
    ? child(scope.root, 'securityDefinitions')
    : child(child(scope.root, 'components'), 'securitySchemes');
  const schemes = new Map<string, SecuritySchemeView>();
  if (!isObject(container.value)) return { schemes, node: scope.root };
  for (const name of Object.keys(container.value)) {
    const node = deref(child(container, name), scope.resolve);
    if (node === undefined || !isObject(node.value)) continue;
    schemes.set(name, scope.dialect === 'oas2' ? oas2Scheme(name, node) : oas3Scheme(name, node));
  }
  return { schemes, node: container };
}

function oas3Scheme(name: string, node: Resolved): SecuritySchemeView {
  const value = node.value as Record<string, unknown>;
  const type = String(value.type);
  const flows = new Map<string, OAuthFlowView>();
  const flowsNode = child(node, 'flows');
  if (type === 'oauth2' && isObject(flowsNode.value)) {
    for (const flowName of Object.keys(flowsNode.value)) {
      const flow = child(flowsNode, flowName);
      if (isObject(flow.value)) flows.set(flowName, { name: flowName, node: flow, urls: flowUrls(flow.value) });
    }
  }
  return {
    name,
    node,
    type: type === 'http' ? `http:${String(value.scheme).toLowerCase()}` : type,
    ...apiKeyOf(value),
    flows,
    ...(typeof value.openIdConnectUrl === 'string' ? { openIdConnectUrl: value.openIdConnectUrl } : {}),
  };
}

function oas2Scheme(name: string, node: Resolved): SecuritySchemeView {
  const value = node.value as Record<string, unknown>;
  const type = String(value.type);
  const flows = new Map<string, OAuthFlowView>();
  const flowName = typeof value.flow === 'string' ? OAS2_FLOWS[value.flow] ?? value.flow : undefined;
  if (type === 'oauth2' && flowName !== undefined) flows.set(flowName, { name: flowName, node, urls: flowUrls(value) });
  return { name, node, type: type === 'basic' ? 'http:basic' : type, ...apiKeyOf(value), flows };
}

function apiKeyOf(value: Record<string, unknown>): { apiKey?: { in: string; name: string } } {
  if (value.type !== 'apiKey') return {};
  return { apiKey: { in: String(value.in), name: String(value.name) } };
}

function flowUrls(flow: Record<string, unknown>): OAuthFlowView['urls'] {
  const urls: OAuthFlowView['urls'] = {};
  for (const kind of OAUTH_URL_KINDS) if (typeof flow[kind] === 'string') urls[kind] = flow[kind];
  return urls;
}
