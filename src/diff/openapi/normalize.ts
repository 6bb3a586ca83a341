import { child, deref, type ResolveFn } from '../../contracts/refs.js';
import { dialectOf, type Contract, type Resolved } from '../../contracts/types.js';
import { isObject, memberOr, stringList } from './nodes.js';
import { normalizeRequestBody } from './normalize-request-body.js';
import { normalizeResponses } from './normalize-responses.js';
import { listParameters, normalizeParameters } from './normalize-parameters.js';
import { normalizeSecurityRequirements, normalizeSecuritySchemes } from './normalize-security.js';
import { normalizeServers } from './normalize-servers.js';
import type { ApiView, OpenApiDialect, OperationView, PathView, Sunset } from './view.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The document, dialect and resolver shared by the normalizers of one document. */
export interface DocumentScope {
  dialect: OpenApiDialect;
  root: Resolved;
  resolve: ResolveFn;
}

/**
 * Builds the version-independent view of an OpenAPI contract.
 * NOTE: 3.1 `webhooks` and 3.x `callbacks` are not compared yet.
 */
export function normalizeOpenApi(contract: Contract): ApiView {
  const dialect = dialectOf(contract);
  if (dialect === 'asyncapi2' || dialect === 'asyncapi3') throw new Error(`normalizeOpenApi called on the AsyncAPI contract ${contract.id}`);
  const root: Resolved = { value: contract.source.data, file: contract.source, pointer: '' };
  const scope: DocumentScope = { dialect, root, resolve: contract.resolve };
  const info = child(root, 'info').value;
  const apiVersion = isObject(info) && typeof info.version === 'string' ? info.version : undefined;
  const schemes = normalizeSecuritySchemes(scope);
  const servers = normalizeServers(scope);

  return {
    dialect,
    specVersion: contract.version,
    ...(apiVersion === undefined ? {} : { apiVersion }),
    root,
    pathsNode: memberOr(root, 'paths'),
    paths: normalizePaths(scope),
    ...optionalSecurity(normalizeSecurityRequirements(child(root, 'security'))),
    securitySchemes: schemes.schemes,
    securitySchemesNode: schemes.node,
    servers: servers.servers,
    serversNode: servers.node,
  };
}

function optionalSecurity<T>(security: T | undefined): { security?: T } {
  return security === undefined ? {} : { security };
}

function normalizePaths(scope: DocumentScope): PathView[] {
  const paths = child(scope.root, 'paths');
  if (!isObject(paths.value)) return [];
  const views: PathView[] = [];
  for (const key of Object.keys(paths.value)) {
    if (!key.startsWith('/')) continue;
    const node = deref(child(paths, key), scope.resolve);
    if (node === undefined || !isObject(node.value)) continue;
    const view: PathView = { key, shape: pathShape(key), node, operations: new Map() };
    const pathParameters = listParameters(child(node, 'parameters'), scope.resolve);
    for (const method of METHODS) {
      const operation = child(node, method);
      if (!isObject(operation.value)) continue;
      view.operations.set(method.toUpperCase(), normalizeOperation(scope, view, method.toUpperCase(), operation, pathParameters));
    }
    views.push(view);
  }
  return views;
}

function normalizeOperation(
  scope: DocumentScope,
  pathItem: PathView,
  method: string,
  node: Resolved,
  pathParameters: Resolved[],
): OperationView {
  const value = node.value as Record<string, unknown>;
  const parameters = mergeParameters(pathParameters, listParameters(child(node, 'parameters'), scope.resolve));
  const requestBody = normalizeRequestBody(scope, node, parameters);
  const sunset = parseSunset(value['x-sunset']);
  const security = normalizeSecurityRequirements(child(node, 'security'));
  const responses = child(node, 'responses');
  return {
    method,
    path: pathItem.key,
    label: `${method} ${pathItem.key}`,
    node,
    pathItem,
    ...(typeof value.operationId === 'string' ? { operationId: value.operationId } : {}),
    deprecated: value.deprecated === true,
    ...(sunset === undefined ? {} : { sunset }),
    tags: stringList(value.tags),
    parameters: normalizeParameters(scope, pathItem.key, parameters),
    parametersNode: memberOr(node, 'parameters'),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: normalizeResponses(scope, node, responses),
    responsesNode: memberOr(node, 'responses'),
    ...optionalSecurity(security),
  };
}

/** Applies operation-level parameters over path-level ones with the same name and location. */
function mergeParameters(pathLevel: Resolved[], operationLevel: Resolved[]): Resolved[] {
  const identity = (parameter: Resolved): string => {
    const value = parameter.value as Record<string, unknown>;
    return `${String(value.in)}:${String(value.name)}`;
  };
  const merged = [...pathLevel];
  for (const parameter of operationLevel) {
    const index = merged.findIndex((existing) => identity(existing) === identity(parameter));
    if (index === -1) merged.push(parameter);
    else merged[index] = parameter;
  }
  return merged;
}

/** Replaces each `{parameter}` of a path template with `{}`. */
export function pathShape(template: string): string {
  return template.replace(/\{[^}/]*\}/g, '{}');
}

/**
 * Reads `x-sunset`: an ISO 8601 date or an HTTP date, as in the Sunset header.
 * NOTE: a value that does not parse as a date is ignored, as if the operation had no sunset.
 */
function parseSunset(value: unknown): Sunset | undefined {
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), time: value.getTime() };
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : { text: value, time };
}
