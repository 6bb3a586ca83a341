import type { SourceFile } from '../workspace/source.js';
import { child, deref, type ResolveFn } from './refs.js';
import { schemaPropertyNames } from './schema-properties.js';
import type { ContractOperation, ContractParameter, Resolved } from './types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const PARAMETER_LOCATIONS = new Set<ContractParameter['in']>(['query', 'header', 'path', 'cookie', 'body', 'formData']);

/**
 * Lists the operations under `paths` of an OpenAPI 2.0, 3.0 or 3.1 document. Path items may be
 * `$ref`s to other files; 3.1 `webhooks` are not operations of the API and are left out.
 */
export function indexOperations(document: SourceFile, resolve: ResolveFn): ContractOperation[] {
  const root: Resolved = { value: document.data, file: document, pointer: '' };
  const paths = child(root, 'paths');
  if (!isPlainObject(paths.value)) return [];

  const operations: ContractOperation[] = [];
  for (const pathKey of Object.keys(paths.value)) {
    if (!pathKey.startsWith('/')) continue;
    const pathItem = deref(child(paths, pathKey), resolve);
    if (pathItem === undefined || !isPlainObject(pathItem.value)) continue;
    const pathParameters = listParameters(child(pathItem, 'parameters'), resolve);

    for (const method of METHODS) {
      const operation = child(pathItem, method);
      if (!isPlainObject(operation.value)) continue;
      const parameters = mergeParameters(pathParameters, listParameters(child(operation, 'parameters'), resolve));
      const operationId = operation.value.operationId;
      operations.push({
        ...(typeof operationId === 'string' ? { operationId } : {}),
        method: method.toUpperCase(),
        path: pathKey,
        pointer: operation.pointer,
        file: operation.file.path,
        parameters: parameters.map((entry) => entry.parameter),
        requestBodyProperties: requestBodyProperties(operation, parameters, resolve),
        responseHeaders: responseHeaders(operation, resolve),
      });
    }
  }
  return operations;
}

interface ListedParameter {
  parameter: ContractParameter;
  /** The Parameter object after following `$ref`s. */
  definition: Resolved;
}

/** Reads a `parameters` list. Each parameter is located where the list names it, not where a `$ref` leads. */
function listParameters(list: Resolved, resolve: ResolveFn): ListedParameter[] {
  if (!Array.isArray(list.value)) return [];
  const listed: ListedParameter[] = [];
  list.value.forEach((_, index) => {
    const entry = child(list, index);
    const definition = deref(entry, resolve);
    const value = definition?.value;
    if (definition === undefined || !isPlainObject(value)) return;
    if (typeof value.name !== 'string' || !PARAMETER_LOCATIONS.has(value.in as ContractParameter['in'])) return;
    const location = value.in as ContractParameter['in'];
    listed.push({
      parameter: {
        name: value.name,
        in: location,
        required: value.required === true || location === 'path',
        pointer: entry.pointer,
        file: entry.file.path,
      },
      definition,
    });
  });
  return listed;
}

/** Applies operation-level parameters over path-level ones with the same name and location. */
function mergeParameters(pathLevel: ListedParameter[], operationLevel: ListedParameter[]): ListedParameter[] {
  const merged = [...pathLevel];
  for (const entry of operationLevel) {
    const index = merged.findIndex(
      (existing) => existing.parameter.name === entry.parameter.name && existing.parameter.in === entry.parameter.in,
    );
    if (index === -1) merged.push(entry);
    else merged[index] = entry;
  }
  return merged;
}

function requestBodyProperties(operation: Resolved, parameters: ListedParameter[], resolve: ResolveFn): string[] {
  // OpenAPI 2.0 carries the body as the parameter with `in: body`.
  const bodyParameter = parameters.find((entry) => entry.parameter.in === 'body');
  if (bodyParameter !== undefined) return schemaPropertyNames(child(bodyParameter.definition, 'schema'), resolve);

  const requestBody = deref(child(operation, 'requestBody'), resolve);
  if (requestBody === undefined) return [];
  const content = child(requestBody, 'content');
  if (!isPlainObject(content.value)) return [];
  const mediaType = chooseMediaType(Object.keys(content.value));
  return mediaType === undefined ? [] : schemaPropertyNames(child(child(content, mediaType), 'schema'), resolve);
}

/** Prefers `application/json`, then any JSON media type, then the first one listed. */
function chooseMediaType(mediaTypes: string[]): string | undefined {
  const essence = (mediaType: string): string => mediaType.split(';')[0].trim().toLowerCase();
  return (
    mediaTypes.find((mediaType) => essence(mediaType) === 'application/json') ??
    mediaTypes.find((mediaType) => essence(mediaType).endsWith('+json')) ??
    mediaTypes[0]
  );
}

function responseHeaders(operation: Resolved, resolve: ResolveFn): string[] {
  const responses = child(operation, 'responses');
  if (!isPlainObject(responses.value)) return [];
  const names = new Set<string>();
  for (const status of Object.keys(responses.value)) {
    if (status.startsWith('x-')) continue;
    const response = deref(child(responses, status), resolve);
    const headers = response === undefined ? undefined : child(response, 'headers').value;
    if (isPlainObject(headers)) for (const name of Object.keys(headers)) names.add(name);
  }
  return [...names];
}

/**
 * Finds an operation by operationId or by `METHOD /path`. The method is case-insensitive; the
 * path matches exactly or, failing that, with path parameters renamed (`/orders/{id}` finds
 * `/orders/{orderId}`).
 */
export function findOperation(operations: ContractOperation[], name: string): ContractOperation | undefined {
  const byId = operations.find((operation) => operation.operationId === name);
  if (byId !== undefined) return byId;

  const match = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(name);
  if (match === null) return undefined;
  const method = match[1].toUpperCase();
  const requestedPath = match[2];
  const sameMethod = operations.filter((operation) => operation.method === method);
  const exact = sameMethod.find((operation) => operation.path === requestedPath);
  if (exact !== undefined) return exact;
  const shape = pathShape(requestedPath);
  return sameMethod.find((operation) => pathShape(operation.path) === shape);
}

/** Replaces each `{parameter}` of a path template with `{}`. */
function pathShape(pathTemplate: string): string {
  return pathTemplate.replace(/\{[^}/]*\}/g, '{}');
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
