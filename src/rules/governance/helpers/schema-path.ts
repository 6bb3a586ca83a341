/**
 * Lookup of a dotted field path such as `lines.sku` or `lines[].sku` in a JSON Schema. Arrays are
 * stepped through implicitly, with `[]`, or with a numeric segment. The lookup follows
 * `properties`, `patternProperties`, `additionalProperties`, `allOf`, `anyOf`, `oneOf` and local
 * `$ref`s.
 */
import { fromPointer } from '../../../findings.js';

export type SchemaPathResult =
  | { status: 'found' }
  /** `missing` is the first segment that is not declared, and `parent` the path above it. */
  | { status: 'missing'; missing: string; parent: string }
  /** The path runs through a `$ref` into another file, or into an object that lists no properties. */
  | { status: 'unverifiable' };

type SchemaObject = Record<string, unknown>;

const SCALAR_TYPES = ['string', 'number', 'integer', 'boolean', 'null'];

function isObject(value: unknown): value is SchemaObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The schemas a node expands to: itself, its local `$ref` target and its composed schemas. */
interface Expansion {
  nodes: SchemaObject[];
  /** A `$ref` into another file was met, so the expansion may be incomplete. */
  external: boolean;
}

function expand(node: unknown, root: unknown, seen = new Set<unknown>()): Expansion {
  const expansion: Expansion = { nodes: [], external: false };
  if (!isObject(node) || seen.has(node)) return expansion;
  seen.add(node);
  expansion.nodes.push(node);
  const merge = (child: Expansion): void => {
    expansion.nodes.push(...child.nodes);
    expansion.external ||= child.external;
  };
  if (typeof node.$ref === 'string') {
    if (node.$ref.startsWith('#')) merge(expand(resolvePointer(root, node.$ref), root, seen));
    else expansion.external = true;
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const branches = node[keyword];
    if (Array.isArray(branches)) for (const branch of branches) merge(expand(branch, root, seen));
  }
  return expansion;
}

function resolvePointer(root: unknown, ref: string): unknown {
  let node = root;
  for (const segment of fromPointer(ref)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function propertyOf(nodes: SchemaObject[], name: string): unknown {
  for (const node of nodes) {
    if (isObject(node.properties) && Object.hasOwn(node.properties, name)) return node.properties[name];
  }
  for (const node of nodes) {
    if (!isObject(node.patternProperties)) continue;
    for (const [pattern, schema] of Object.entries(node.patternProperties)) {
      if (matchesPattern(pattern, name)) return schema;
    }
  }
  for (const node of nodes) {
    if (isObject(node.additionalProperties)) return node.additionalProperties;
  }
  return undefined;
}

function matchesPattern(pattern: string, name: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(name);
  } catch {
    return false;
  }
}

function itemsOf(nodes: SchemaObject[]): unknown {
  return nodes.find((node) => isObject(node.items))?.items;
}

/** Returns whether no alternative constrains the object's properties or its type. */
function isOpen(nodes: SchemaObject[]): boolean {
  return nodes.every((node) => {
    const declaresProperties = isObject(node.properties) || isObject(node.patternProperties) || node.additionalProperties === false;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const isScalar = types.every((type) => typeof type === 'string' && SCALAR_TYPES.includes(type));
    return !declaresProperties && !isObject(node.items) && !(node.type !== undefined && isScalar);
  });
}

/** Splits `lines[].sku` into `lines`, `[]`, `sku`. A numeric segment also becomes `[]`. */
function splitPath(path: string): string[] {
  const segments: string[] = [];
  for (const part of path.split('.')) {
    const match = /^(.*?)((?:\[\d*\])*)$/.exec(part)!;
    if (match[1] !== '') segments.push(/^\d+$/.test(match[1]) ? '[]' : match[1]);
    const arrayDepth = match[2].match(/\[\d*\]/g)?.length ?? 0;
    for (let level = 0; level < arrayDepth; level++) segments.push('[]');
  }
  return segments;
}

/** Looks up a dotted field path in a JSON Schema document. */
export function findSchemaPath(schema: unknown, path: string): SchemaPathResult {
  let node: unknown = schema;
  const walked: string[] = [];
  for (const segment of splitPath(path)) {
    let expansion = expand(node, schema);
    let next: unknown;
    if (segment === '[]') {
      next = itemsOf(expansion.nodes);
    } else {
      next = propertyOf(expansion.nodes, segment);
      const items = next === undefined ? itemsOf(expansion.nodes) : undefined;
      if (items !== undefined) {
        // A name below an array names a property of its items.
        expansion = expand(items, schema);
        next = propertyOf(expansion.nodes, segment);
      }
    }
    if (next === undefined) {
      if (expansion.external || isOpen(expansion.nodes)) return { status: 'unverifiable' };
      return { status: 'missing', missing: segment, parent: walked.join('.').replace(/\.\[\]/g, '[]') };
    }
    walked.push(segment);
    node = next;
  }
  return { status: 'found' };
}
