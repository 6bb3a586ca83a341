/**
 * Reading the success response of a GET operation, for list-operation-paginates: whether it
 * returns a list, and whether the response offers a way to the next page.
 * docs/rules/list-operation-paginates.md states the same rules for users; change both together.
 */
import { child } from '../../../contracts/refs.js';
import type { Contract, ContractOperation, Resolved } from '../../../contracts/types.js';
import { isPlainObject, type JsonObject } from './schema-index.js';
import { composedProperties, nodeAt, resolveObject, schemaTypes } from './schemas.js';
import { compactName, singular, splitWords } from './words.js';

/** Names of the property that contains the entries of a list envelope. */
const LIST_PROPERTY_NAMES = new Set([
  'data', 'items', 'results', 'records', 'entries', 'elements', 'values', 'value', 'list', 'content', 'objects', 'hits',
  'rows', 'nodes', 'edges', 'collection',
]);
/** Envelope members that hold paging details one level down: `meta.pagination.next`, `links.next`. */
const PAGING_CONTAINERS = new Set(['meta', 'metadata', 'links', '_links', 'page', 'paging', 'pagination', 'pageinfo', 'd']);
/** Words of a response property or header that point to the next page: `next`, `nextToken`, `cursor`, `@odata.nextLink`. */
const NEXT_PAGE_WORDS = new Set(['next', 'cursor', 'continuation', 'pagination', 'paging', 'paginate', 'scroll']);

export interface ListResponse {
  /** Description of the list for messages: `an array` or `the array in 'orders'`. */
  shape: string;
  /** The response names a next page: a Link or next-page header, or a next, cursor or paging property. */
  hasNextPage: boolean;
}

/** Returns the list a GET operation's success response carries, or undefined when it carries none. */
export function listResponse(contract: Contract, operation: ContractOperation): ListResponse | undefined {
  const response = successResponse(contract, operation);
  if (response === undefined) return undefined;
  const hasNextHeader = isPlainObject(response.value.headers) && Object.keys(response.value.headers).some(isNextPageHeader);
  const schema = responseSchema(contract, response);
  if (schema === undefined) return undefined;

  if (isArraySchema(contract, schema)) return { shape: 'an array', hasNextPage: hasNextHeader };
  const resource = lastLiteralSegment(operation.path);
  // `GET /carts/current` with `{ items: [...] }` is one cart, and `GET /orders` with `{ items: [...] }` a list of orders.
  const isCollectionPath = resource !== undefined && singular(resource) !== resource;
  const envelopes = [{ envelope: schema, isCollection: isCollectionPath }, ...odataWrappers(contract, schema).map((wrapper) => ({ envelope: wrapper, isCollection: true }))];
  for (const { envelope, isCollection } of envelopes) {
    const listProperty = findListProperty(contract, envelope, resource, isCollection);
    if (listProperty === undefined) continue;
    return { shape: `the array in '${listProperty}'`, hasNextPage: hasNextHeader || hasNextPageProperty(contract, envelope) };
  }
  return undefined;
}

function successResponse(contract: Contract, operation: ContractOperation): Resolved<JsonObject> | undefined {
  const node = nodeAt(contract, operation.file, operation.pointer);
  const responses = node === undefined ? undefined : child(node, 'responses');
  if (responses === undefined || !isPlainObject(responses.value)) return undefined;
  const codes = Object.keys(responses.value);
  const code = codes.find((key) => key === '200') ?? codes.find((key) => /^2(\d\d|XX)$/i.test(key) && key !== '204');
  return code === undefined ? undefined : resolveObject(contract, child(responses, code));
}

/** Returns the schema of the JSON content (OpenAPI 3) or the `schema` of the response (OpenAPI 2). */
function responseSchema(contract: Contract, response: Resolved<JsonObject>): Resolved<JsonObject> | undefined {
  const content = child(response, 'content');
  if (!isPlainObject(content.value)) return resolveObject(contract, child(response, 'schema'));
  const mediaTypes = Object.keys(content.value);
  const essence = (mediaType: string): string => mediaType.split(';')[0].trim().toLowerCase();
  const json = mediaTypes.find((mediaType) => essence(mediaType) === 'application/json')
    ?? mediaTypes.find((mediaType) => /[/+]json$/.test(essence(mediaType)) || essence(mediaType) === '*/*');
  return json === undefined ? undefined : resolveObject(contract, child(child(content, json), 'schema'));
}

function isArraySchema(contract: Contract, schema: Resolved<JsonObject>): boolean {
  const types = schemaTypes(contract, schema);
  return types.includes('array') || (types.length === 0 && isPlainObject(schema.value.items));
}

/** Finds the property that contains the list: a generic name such as `data` or `items`, or the resource name such as `orders`. */
function findListProperty(contract: Contract, envelope: Resolved<JsonObject>, resource: string | undefined, isCollectionPath: boolean): string | undefined {
  for (const [name, node] of composedProperties(contract, envelope)) {
    const compact = compactName(name);
    const isResourceName = resource !== undefined && (compact === resource || singular(compact) === singular(resource));
    const isListName = isResourceName || (isCollectionPath && LIST_PROPERTY_NAMES.has(compact));
    if (!isListName) continue;
    const target = resolveObject(contract, node);
    if (target !== undefined && isArraySchema(contract, target)) return name;
  }
  return undefined;
}

/** OData version 2 wraps a collection as `{ d: { results: [...] } }`. */
function odataWrappers(contract: Contract, schema: Resolved<JsonObject>): Resolved<JsonObject>[] {
  const wrapper = composedProperties(contract, schema).get('d');
  const target = wrapper === undefined ? undefined : resolveObject(contract, wrapper);
  return target === undefined ? [] : [target];
}

function hasNextPageProperty(contract: Contract, envelope: Resolved<JsonObject>): boolean {
  for (const [name, node] of composedProperties(contract, envelope)) {
    if (isNextPageName(name)) return true;
    if (!PAGING_CONTAINERS.has(compactName(name))) continue;
    const container = resolveObject(contract, node);
    if (container === undefined) continue;
    for (const inner of composedProperties(contract, container).keys()) if (isNextPageName(inner)) return true;
  }
  return false;
}

function isNextPageName(name: string): boolean {
  const compact = compactName(name);
  return compact === 'pageinfo' || compact === 'hasmore' || splitWords(name).some((word) => NEXT_PAGE_WORDS.has(word));
}

function isNextPageHeader(name: string): boolean {
  return name.toLowerCase() === 'link' || isNextPageName(name);
}

function lastLiteralSegment(path: string): string | undefined {
  const segments = path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{'));
  const last = segments[segments.length - 1];
  return last === undefined ? undefined : compactName(last.replace(/\(.*$/, ''));
}
