import { fromPointer, toPointer } from '../../findings.js';
import type { Resolved } from '../../contracts/types.js';
import type { Side } from '../collector.js';
import type { ContextSpec } from './contexts.js';
import { isObject } from './values.js';

const PLAIN_NAME = /^[A-Za-z0-9_$@-]+$/;

/** Path of the property `name` below `parent`: `customer.email`, or `customer['first name']`. */
export function propertyPath(parent: string, name: string): string {
  if (!PLAIN_NAME.test(name)) return `${parent}['${name}']`;
  return parent === '' ? name : `${parent}.${name}`;
}

/** Path of the items of the array at `parent`: `lines[]`, or `lines[0]` for a tuple position. */
export function itemsPath(parent: string, position?: number): string {
  return `${parent}[${position ?? ''}]`;
}

/** Path of the values that `additionalProperties` or a `patternProperties` entry describes. */
export function mapValuesPath(parent: string, pattern?: string): string {
  const segment = pattern === undefined ? '*' : `/${pattern}/`;
  return parent === '' ? segment : `${parent}.${segment}`;
}

/**
 * The start of property paths, with its name in messages: the root of the comparison (`path` is
 * `''`) or a named schema (`path` is its name).
 */
export interface PathRoot {
  path: string;
  label: string;
}

/** Returns the path root of the named schema `name`: paths below it read `Order.lines[]`. */
export function namedRoot(name: string): PathRoot {
  return { path: name, label: `schema '${name}'` };
}

/** Names the schema at `path` in a message: the root label, `each item of ...`, or `property '...'`. */
export function subjectOf(path: string, root: PathRoot): string {
  if (path === root.path) return root.label;
  if (path.endsWith('[]')) return `each item of ${subjectOf(path.slice(0, -2), root)}`;
  return `property '${path}'`;
}

/** Folders of named schema definitions: OpenAPI 3 and AsyncAPI `components/schemas`, OpenAPI 2 and JSON Schema `definitions`, and `$defs`. */
const DEFINITION_FOLDERS = new Set(['schemas', 'definitions', '$defs']);

/** Keys of an OpenAPI or AsyncAPI document, whose top-level members are never schemas. */
const DOCUMENT_KEYS = ['openapi', 'swagger', 'asyncapi'];

/** Keywords that make a file's root a schema of its own rather than a file of named schemas. */
const ROOT_SCHEMA_KEYS = ['$schema', '$ref', 'type', 'properties', 'items', 'allOf', 'anyOf', 'oneOf', 'enum', 'const', 'required', 'additionalProperties', 'not', 'format'];

/**
 * Returns the name of the schema at `node` when it is a named definition, and undefined for an
 * inline schema. Named definitions are entries of a definition folder (`Order` for
 * `#/components/schemas/Order`), whole schema files other than API documents (`order` for
 * `order.yaml`), and top-level entries of a file of named schemas (`Order` for `common.yaml#/Order`).
 */
export function definitionNameOf(node: Side): string | undefined {
  const segments = fromPointer(node.pointer);
  const count = segments.length;
  if (count >= 2 && DEFINITION_FOLDERS.has(segments[count - 2])) {
    const folder = segments[count - 2];
    // A property that happens to be called `schemas` or `definitions` is no folder.
    const inProperties = count >= 3 && (segments[count - 3] === 'properties' || segments[count - 3] === 'patternProperties');
    const placed = folder === 'schemas' ? segments[count - 3] === 'components' : !inProperties;
    if (placed) return segments[count - 1];
  }
  if (count > 1) return undefined;
  const data = node.file.data;
  if (!isObject(data) || DOCUMENT_KEYS.some((key) => Object.hasOwn(data, key))) return undefined;
  if (count === 0) return fileStem(node.file.path);
  return ROOT_SCHEMA_KEYS.some((key) => Object.hasOwn(data, key)) ? undefined : segments[0];
}

/** Returns a file name without folders and without its `.yaml`, `.yml` or `.json` extension. */
function fileStem(filePath: string): string {
  const name = filePath.split('/').pop() ?? filePath;
  return name.replace(/\.(ya?ml|json)$/i, '');
}

/**
 * Returns the path of the property `name`, given one of its nodes: a property schema or an entry of
 * `required`. A property that the pair's schema merges from another named definition, through a
 * `$ref` or `allOf`, is named from that definition (`Address.postalCode`), so its changes read the
 * same from every schema that includes it. Any other property is named below `parent`.
 */
export function propertyPathOf(parent: string, name: string, node: Side, owner: Side): string {
  const segments = fromPointer(node.pointer);
  const keyword = segments[segments.length - 2];
  if (keyword !== 'properties' && keyword !== 'required') return propertyPath(parent, name);
  let end = segments.length - 2;
  while (end >= 2 && segments[end - 2] === 'allOf' && /^\d+$/.test(segments[end - 1])) end -= 2;
  const ownerPointer = toPointer(segments.slice(0, end));
  if (node.file.absolutePath === owner.file.absolutePath && ownerPointer === owner.pointer) return propertyPath(parent, name);
  const definition = definitionNameOf({ file: node.file, pointer: ownerPointer });
  return definition === undefined ? propertyPath(parent, name) : propertyPath(definition, name);
}

/**
 * Names the root of a parameter or header schema after the parameter or header, found from where
 * the schema sits: a Parameter object (`name`), or a `headers` map entry. Bodies, payloads and
 * models use the label of their context.
 */
export function rootLabelOf(spec: ContextSpec, root: Resolved): string {
  if (spec.context !== 'request-parameter' && spec.context !== 'response-header') return spec.rootLabel;
  const segments = fromPointer(root.pointer);
  const schemaBelow = segments[segments.length - 1] === 'schema';
  const ownerSegments = schemaBelow ? segments.slice(0, -1) : segments;
  if (spec.context === 'request-parameter') {
    const owner = schemaBelow ? valueAt(root.file.data, ownerSegments) : root.value;
    return isObject(owner) && typeof owner.name === 'string' ? `parameter '${owner.name}'` : spec.rootLabel;
  }
  const name = ownerSegments[ownerSegments.length - 1];
  return ownerSegments[ownerSegments.length - 2] === 'headers' && name !== undefined ? `header '${name}'` : spec.rootLabel;
}

function valueAt(data: unknown, segments: string[]): unknown {
  let value = data;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
