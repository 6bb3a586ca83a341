import type { ObjectNode, OpenApiNodes } from '../../../contracts/nodes/openapi.js';

/**
 * Returns every object that constrains a value with schema keywords: the schemas, and in 2.0 the
 * non-body parameters and the headers, which carry `type`, `enum` and `items` themselves.
 */
export function* schemaLikeNodes(nodes: OpenApiNodes): Generator<ObjectNode> {
  for (const schema of nodes.schemas) yield schema.node;
  if (nodes.dialect !== 'oas2') return;
  for (const parameter of nodes.parameters) if (parameter.node.value.in !== 'body') yield parameter.node;
  for (const header of nodes.headers) yield header.node;
}

/** Returns whether the members next to `$ref` are ignored in this dialect, as in 2.0 and 3.0. */
export function ignoresRefSiblings(nodes: OpenApiNodes, node: ObjectNode): boolean {
  return nodes.dialect !== 'oas3_1' && typeof node.value.$ref === 'string';
}
