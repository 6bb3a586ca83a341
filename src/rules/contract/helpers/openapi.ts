import type { Location } from '../../../findings.js';
import { escapeSegment } from '../../../contracts/ref-sites.js';
import type { OpenApiNodes, OperationNode } from '../../../contracts/nodes/openapi.js';
import type { Resolved } from '../../../contracts/types.js';

/** Returns the location of `node`, or of the member reached from it through `segments`. */
export function locationOf(node: Resolved, ...segments: Array<string | number>): Location {
  const suffix = segments.map((segment) => `/${escapeSegment(String(segment))}`).join('');
  return { file: node.file.path, pointer: node.pointer + suffix };
}

/** Returns the operations under `paths`, the ones Spectral's OpenAPI rules look at. */
export function pathOperations(nodes: OpenApiNodes): OperationNode[] {
  return nodes.operations.filter((operation) => operation.pathItem.location === 'paths');
}

/** Returns whether `value` is a string with more than white space. */
export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Returns the entries of the root document's `paths`, with the location of each key. */
export function pathKeys(nodes: OpenApiNodes): Array<{ key: string; location: Location }> {
  const paths = nodes.root.value.paths;
  if (typeof paths !== 'object' || paths === null || Array.isArray(paths)) return [];
  return Object.keys(paths)
    .filter((key) => !key.startsWith('x-'))
    .map((key) => ({ key, location: locationOf(nodes.root, 'paths', key) }));
}

/** Returns the value at `segments` below the root document, or undefined when a step is missing. */
export function rootMember(nodes: OpenApiNodes, ...segments: string[]): unknown {
  let value: unknown = nodes.root.value;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Returns the location of member `key` of `node` when it is present, else of `node` itself. */
export function memberOrNode(node: Resolved<Record<string, unknown>>, key: string): Location {
  return Object.hasOwn(node.value, key) ? locationOf(node, key) : locationOf(node);
}
