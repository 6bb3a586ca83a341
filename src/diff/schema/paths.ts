import { fromPointer } from '../../findings.js';
import type { Resolved } from '../../contracts/types.js';
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

/** Names the schema at `path` in a message: the root label, `each item of ...`, or `property '...'`. */
export function subjectOf(path: string, rootLabel: string): string {
  if (path === '') return rootLabel;
  if (path.endsWith('[]')) return `each item of ${subjectOf(path.slice(0, -2), rootLabel)}`;
  return `property '${path}'`;
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
