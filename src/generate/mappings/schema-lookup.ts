import { UnfetchedRefError } from '../../contracts/refs.js';
import type { Contract } from '../../contracts/types.js';
import { fromPointer } from '../../findings.js';
import type { SourceFile } from '../../workspace/source.js';
import type { PathStep } from './field-path.js';

/** A schema node with the file it was written in, so `$ref`s resolve relative to it. */
export interface SchemaNode {
  value: unknown;
  file: SourceFile;
  pointer: string;
}

/** Resolves `$ref`s of one side of a mapping; undefined for a reference that cannot be followed. */
export type RefResolver = (ref: string, from: SchemaNode) => SchemaNode | undefined;

export type ValueType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** The schema's description of the value at a path. An empty `types` means any value. */
export interface FieldShape {
  types: ReadonlySet<ValueType>;
  enum?: ReadonlyArray<string | number | boolean>;
  format?: string;
}

export type LookupResult =
  /** `optional[i]` is true when step `i` may be absent. A `[]` step is never optional. */
  | { status: 'found'; optional: boolean[]; shape: FieldShape }
  /** The schema lists no property `missing` at step `step`. */
  | { status: 'missing'; step: number; missing: string }
  /** A step enters an array without `[]`, or uses `[]` on a value that is not an array. */
  | { status: 'wrong-step'; step: number; detail: string }
  /** The schema does not describe the path beyond some step (open object, external `$ref`); assume any value, all optional. */
  | { status: 'unknown'; optional: boolean[] };

const UNKNOWN_SHAPE: FieldShape = { types: new Set() };

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function child(node: SchemaNode, ...keys: Array<string | number>): SchemaNode {
  let value: unknown = node.value;
  for (const key of keys) value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  return { value, file: node.file, pointer: `${node.pointer}/${keys.map((key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` };
}

/** The schemas a node stands for: itself, its `$ref` and `allOf` targets, and its `anyOf`/`oneOf` branches. */
interface Expansion {
  all: SchemaNode[];
  alternatives: SchemaNode[];
  /** A `$ref` could not be followed, so the expansion may be incomplete. */
  incomplete: boolean;
}

function expand(node: SchemaNode, resolve: RefResolver): Expansion {
  const expansion: Expansion = { all: [], alternatives: [], incomplete: false };
  const seen = new Set<string>();
  const visit = (current: SchemaNode, alternative: boolean): void => {
    const key = `${current.file.absolutePath}#${current.pointer}`;
    if (!isObject(current.value) || seen.has(key)) return;
    seen.add(key);
    (alternative ? expansion.alternatives : expansion.all).push(current);
    const value = current.value;
    if (typeof value.$ref === 'string') {
      const target = resolve(value.$ref, current);
      if (target === undefined) expansion.incomplete = true;
      else visit(target, alternative);
    }
    if (Array.isArray(value.allOf)) value.allOf.forEach((_, index) => visit(child(current, 'allOf', index), alternative));
    for (const keyword of ['anyOf', 'oneOf']) {
      const branches = value[keyword];
      if (Array.isArray(branches)) branches.forEach((_, index) => visit(child(current, keyword, index), true));
    }
  };
  visit(node, false);
  return expansion;
}

function typesOf(nodes: SchemaNode[]): Set<ValueType> {
  const types = new Set<ValueType>();
  for (const node of nodes) {
    const value = node.value as Record<string, unknown>;
    let declared: unknown[] = [];
    if (Array.isArray(value.type)) declared = value.type;
    else if (value.type !== undefined) declared = [value.type];
    for (const type of declared) if (typeof type === 'string') types.add(type as ValueType);
    if (value.nullable === true) types.add('null');
  }
  return types;
}

function shapeOf(expansion: Expansion): FieldShape {
  let types = typesOf(expansion.all);
  if (types.size === 0) types = typesOf(expansion.alternatives);
  const shape: { types: Set<ValueType>; enum?: Array<string | number | boolean>; format?: string } = { types };
  for (const node of [...expansion.all, ...expansion.alternatives]) {
    const value = node.value as Record<string, unknown>;
    if (shape.enum === undefined && Array.isArray(value.enum)) {
      shape.enum = value.enum.filter((item): item is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof item));
    }
    if (shape.enum === undefined && value.const !== undefined && ['string', 'number', 'boolean'].includes(typeof value.const)) {
      shape.enum = [value.const as string | number | boolean];
    }
    if (shape.format === undefined && typeof value.format === 'string') shape.format = value.format;
  }
  return shape;
}

function propertyOf(expansion: Expansion, name: string): { node: SchemaNode; required: boolean } | undefined {
  const required = expansion.all.some((node) => {
    const list = (node.value as Record<string, unknown>).required;
    return Array.isArray(list) && list.includes(name);
  });
  for (const node of [...expansion.all, ...expansion.alternatives]) {
    const properties = (node.value as Record<string, unknown>).properties;
    if (isObject(properties) && Object.hasOwn(properties, name)) {
      // A property of one `anyOf`/`oneOf` branch only may be absent whatever the branch requires.
      return { node: child(node, 'properties', name), required: required && expansion.all.includes(node) };
    }
  }
  for (const node of expansion.all) {
    const additional = (node.value as Record<string, unknown>).additionalProperties;
    if (isObject(additional)) return { node: child(node, 'additionalProperties'), required: false };
  }
  return undefined;
}

function itemsOf(expansion: Expansion): SchemaNode | undefined {
  const node = [...expansion.all, ...expansion.alternatives].find((candidate) => isObject((candidate.value as Record<string, unknown>).items));
  return node === undefined ? undefined : child(node, 'items');
}

/** Returns whether a schema leaves its properties open: it lists none and does not forbid others. */
function isOpenObject(expansion: Expansion): boolean {
  return [...expansion.all, ...expansion.alternatives].every((node) => {
    const value = node.value as Record<string, unknown>;
    return !isObject(value.properties) && value.additionalProperties !== false && value.type !== 'array' && !isObject(value.items)
      && (value.type === undefined || value.type === 'object');
  });
}

/** Looks a mapping path up in a schema, following `$ref`, `allOf`, `anyOf` and `oneOf`. */
export function lookUpPath(root: SchemaNode | undefined, steps: readonly PathStep[], resolve: RefResolver): LookupResult {
  const optional: boolean[] = [];
  if (root === undefined) return { status: 'unknown', optional: steps.map((step) => step.kind === 'property') };
  let node = root;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    const expansion = expand(node, resolve);
    const unknownRest = (): LookupResult => ({
      status: 'unknown',
      optional: [...optional, ...steps.slice(index).map((rest) => rest.kind === 'property')],
    });
    if (step.kind === 'each') {
      const items = itemsOf(expansion);
      if (items === undefined) {
        if (expansion.incomplete || (isOpenObject(expansion) && !typesOf(expansion.all).has('object'))) return unknownRest();
        return { status: 'wrong-step', step: index, detail: 'the value is not an array, so [] cannot step into it' };
      }
      optional.push(false);
      node = items;
      continue;
    }
    const property = propertyOf(expansion, step.name);
    if (property === undefined) {
      if (itemsOf(expansion) !== undefined) {
        return { status: 'wrong-step', step: index, detail: `the value before '${step.name}' is an array; add [] to step into its elements` };
      }
      if (expansion.incomplete || isOpenObject(expansion)) return unknownRest();
      return { status: 'missing', step: index, missing: step.name };
    }
    optional.push(!property.required);
    node = property.node;
  }
  const expansion = expand(node, resolve);
  return { status: 'found', optional, shape: expansion.incomplete && expansion.all.length <= 1 ? UNKNOWN_SHAPE : shapeOf(expansion) };
}

/** Resolves the local `$ref`s (`#/$defs/money`) of a canonical model schema; others cannot be followed. */
export function canonicalResolver(file: SourceFile): RefResolver {
  return (ref) => {
    if (!ref.startsWith('#')) return undefined;
    let value: unknown = file.data;
    for (const segment of fromPointer(ref)) {
      if (!isObject(value) && !Array.isArray(value)) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
    return value === undefined ? undefined : { value, file, pointer: ref.slice(1) };
  };
}

/** Resolves `$ref`s of a contract through its loader; a remote document that was not fetched cannot be followed. */
export function contractResolver(contract: Contract): RefResolver {
  return (ref, from) => {
    try {
      return contract.resolve(ref, from.file, `${from.pointer}/$ref`);
    } catch (error) {
      if (error instanceof UnfetchedRefError) return undefined;
      throw error;
    }
  };
}
