import { child, deref } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { DocumentScope } from './normalize.js';
import { binaryForFile, normalizeContent, oas2Content } from './normalize-media-types.js';
import { isObject, memberOr } from './nodes.js';
import type { HeaderView, ResponseView } from './view.js';

/** Keywords of a 2.0 Header object that describe the header rather than its value. */
const OAS2_HEADER_KEYWORDS = new Set(['description', 'collectionFormat']);

/** Builds the responses of an operation by status code; 2.0 responses take their media types from `produces`. */
export function normalizeResponses(scope: DocumentScope, operation: Resolved, responses: Resolved): Map<string, ResponseView> {
  const views = new Map<string, ResponseView>();
  if (!isObject(responses.value)) return views;
  for (const status of Object.keys(responses.value)) {
    if (status.startsWith('x-')) continue;
    const node = deref(child(responses, status), scope.resolve);
    if (node === undefined || !isObject(node.value)) continue;
    views.set(status.toUpperCase(), {
      status,
      node,
      content: scope.dialect === 'oas2' ? oas2ResponseContent(scope, operation, node) : normalizeContent(child(node, 'content')),
      headers: normalizeHeaders(scope, child(node, 'headers')),
      headersNode: memberOr(node, 'headers'),
    });
  }
  return views;
}

function oas2ResponseContent(scope: DocumentScope, operation: Resolved, response: Resolved): ResponseView['content'] {
  const schema = child(response, 'schema');
  // A 2.0 response without a schema has no body, so it has no media type either.
  if (schema.value === undefined) return new Map();
  return oas2Content(operation, scope.root, 'produces', 'application/json', response, binaryForFile(schema));
}

/** Reads a `headers` map by lower-case name; a 2.0 header is its own schema. */
function normalizeHeaders(scope: DocumentScope, headers: Resolved): Map<string, HeaderView> {
  const views = new Map<string, HeaderView>();
  if (!isObject(headers.value)) return views;
  for (const name of Object.keys(headers.value)) {
    const node = deref(child(headers, name), scope.resolve);
    if (node === undefined || !isObject(node.value)) continue;
    views.set(name.toLowerCase(), { name, node, required: node.value.required === true, ...headerSchema(scope, node) });
  }
  return views;
}

function headerSchema(scope: DocumentScope, header: Resolved): { schema?: Resolved } {
  if (scope.dialect === 'oas2') {
    const value: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(header.value as Record<string, unknown>)) if (!OAS2_HEADER_KEYWORDS.has(key)) value[key] = member;
    return { schema: { value, file: header.file, pointer: header.pointer } };
  }
  const content = child(header, 'content');
  const schema = isObject(content.value) && Object.keys(content.value).length > 0
    ? child(child(content, Object.keys(content.value)[0]), 'schema')
    : child(header, 'schema');
  return schema.value === undefined ? {} : { schema };
}
