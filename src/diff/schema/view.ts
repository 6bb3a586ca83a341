import { child, isRefObject, resolveIfFetched, type ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import { InputError } from '../../errors.js';
import type { Side } from '../collector.js';
import { definitionNameOf } from './paths.js';
import { collectKeywords } from './view-keywords.js';
import { isObject } from './values.js';

/** A keyword value with the place it was written. */
export interface Keyword<T> {
  value: T;
  site: Side;
}

/** A numeric limit; `exclusive` when the value itself is not allowed. */
export interface Bound {
  value: number;
  exclusive: boolean;
}

/** A `oneOf` or `anyOf` alternative as written, possibly a `$ref`. */
export interface Branch {
  combinator: 'oneOf' | 'anyOf';
  node: Resolved;
}

export interface Discriminator {
  propertyName: string;
  /** Explicit mapping: discriminator value → `$ref` or schema name, with where each entry sits. */
  mapping: Map<string, Keyword<string>>;
}

/**
 * A schema as a set of constraints: `$ref`s followed, `allOf` branches merged, and the three ways
 * of writing nullable (`nullable`, `x-nullable`, a `null` type or `null` branch) folded into one.
 * Each constraint keeps the place it was written, so a change points at the keyword itself.
 */
export interface SchemaView {
  /** The schema node after plain `$ref`s: where the schema as a whole is reported. */
  node: Resolved;
  /** Number of the view within its comparer, for memoization and cycle detection. */
  id: number;
  /** Name of the schema when it is a named definition, such as `Card` for `#/components/schemas/Card`; see `definitionNameOf`. */
  name?: string;
  /** True when a remote `$ref` was not fetched, so nothing is known about the schema. */
  opaque: boolean;
  title?: string;
  /** Allowed types without `null`, sorted; undefined when any type is allowed. */
  types?: Keyword<string[]>;
  nullable?: Side;
  format?: Keyword<string>;
  /** Allowed values without `null`; a `const` counts as a one-value enum. */
  enumValues?: Keyword<Array<Keyword<unknown>>>;
  /** True when `enumValues` comes from `const`. */
  isConst: boolean;
  defaultValue?: Keyword<unknown>;
  upper?: Keyword<Bound>;
  lower?: Keyword<Bound>;
  /** Length, item and member limits by id stem, such as `max-length`. */
  limits: Map<string, Keyword<number>>;
  pattern?: Keyword<string>;
  uniqueItems?: Side;
  multipleOf?: Keyword<number>;
  readOnly?: Side;
  writeOnly?: Side;
  deprecated?: Side;
  /** Property schemas as written, possibly `$ref`s, in declaration order. */
  properties: Map<string, Resolved>;
  /** The first `properties` object, where an added or removed property is placed on the other side. */
  propertiesSite?: Side;
  required: Map<string, Side>;
  /** `false` when closed, a schema for the values of unlisted members; undefined when open to anything. */
  additional?: Keyword<false | Resolved>;
  patternProperties: Map<string, Resolved>;
  items?: Resolved;
  tupleItems: Resolved[];
  branches: Branch[];
  /** The first `oneOf` or `anyOf` array, where an added or removed branch is placed on the other side. */
  branchesSite?: Side;
  discriminator?: Keyword<Discriminator>;
}

/** Keywords that do not constrain data: a `$ref` with only these beside it is followed as if alone. */
const ANNOTATIONS = new Set(['$ref', 'description', 'summary', 'title', 'example', 'examples', '$comment', 'externalDocs']);

/**
 * Builds the view of the schema `node`, reached from where it was used with `followPlainRefs`;
 * `id` numbers it within its comparer.
 */
export function buildView(node: Resolved, opaque: boolean, resolve: ResolveFn, id: number): SchemaView {
  const view: SchemaView = {
    node,
    id,
    name: definitionNameOf(node),
    opaque,
    isConst: false,
    limits: new Map(),
    properties: new Map(),
    required: new Map(),
    patternProperties: new Map(),
    tupleItems: [],
    branches: [],
  };
  if (!opaque) collect(node, view, resolve, new Set());
  inferTypes(view);
  return view;
}

/** Returns `file#pointer` of a node. */
export function nodeKey(node: Resolved): string {
  return `${node.file.absolutePath}#${node.pointer}`;
}

/** Returns the schema name a `$ref` points to: the last pointer segment, or the file name without extension. */
export function refNameOf(ref: string): string {
  const hash = ref.indexOf('#');
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  const segments = fragment.split('/').filter((segment) => segment !== '');
  if (segments.length > 0) return decodeSegment(segments[segments.length - 1]);
  const file = (hash === -1 ? ref : ref.slice(0, hash)).split('/').pop() ?? ref;
  return file.replace(/\.(ya?ml|json)$/i, '');
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
  } catch {
    return segment;
  }
}

function isPlainRef(value: unknown): value is { $ref: string } {
  return isRefObject(value) && Object.keys(value).every((key) => ANNOTATIONS.has(key) || (key.startsWith('x-') && key !== 'x-nullable'));
}

/**
 * Follows `$ref`s that have nothing but annotations beside them. Returns the schema reached, or
 * the last `$ref` with `opaque` set when it names a remote document that was not fetched.
 */
export function followPlainRefs(start: Resolved, resolve: ResolveFn): { node: Resolved; opaque: boolean } {
  let node = start;
  const seen = new Set<string>();
  while (isPlainRef(node.value)) {
    const key = nodeKey(node);
    if (seen.has(key)) {
      const at = node.file.position(`${node.pointer}/$ref`);
      throw new InputError(`circular $ref '${node.value.$ref}': the chain of references never reaches a schema`, { file: node.file.path, ...at }, 'Point one of the $refs in the chain to a schema');
    }
    seen.add(key);
    const target = resolveIfFetched(resolve, node.value.$ref, node.file, `${node.pointer}/$ref`);
    if (target === undefined) return { node, opaque: true };
    node = target;
  }
  return { node, opaque: false };
}

/** Merges the constraints of `node`, its `$ref` target and its `allOf` branches into `view`. */
function collect(node: Resolved, view: SchemaView, resolve: ResolveFn, seen: Set<string>): void {
  const key = nodeKey(node);
  if (seen.has(key)) return;
  seen.add(key);
  const value = node.value;
  if (!isObject(value)) return;

  collectKeywords(node, value, view);
  if (typeof value.$ref === 'string') {
    const target = resolveIfFetched(resolve, value.$ref, node.file, `${node.pointer}/$ref`);
    if (target !== undefined) collect(target, view, resolve, seen);
  }
  if (Array.isArray(value.allOf)) {
    const allOf = child(node, 'allOf');
    value.allOf.forEach((_branch, index) => collect(child(allOf, index), view, resolve, seen));
  }
  collectBranches(node, value, view, resolve, seen);
}

/**
 * Adds the `oneOf` and `anyOf` alternatives. A `null` alternative makes the schema nullable, and a
 * single remaining alternative is merged like an `allOf` branch, so `anyOf: [X, {type: 'null'}]`
 * reads the same as `X` with `nullable: true`.
 */
function collectBranches(node: Resolved, value: Record<string, unknown>, view: SchemaView, resolve: ResolveFn, seen: Set<string>): void {
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const list = value[combinator];
    if (!Array.isArray(list)) continue;
    const array = child(node, combinator);
    const alternatives: Resolved[] = [];
    list.forEach((entry, index) => {
      const branch = child(array, index);
      if (isNullSchema(entry)) view.nullable ??= branch;
      else alternatives.push(branch);
    });
    if (alternatives.length === 1) {
      collect(alternatives[0], view, resolve, seen);
      continue;
    }
    view.branchesSite ??= array;
    for (const branch of alternatives) view.branches.push({ combinator, node: branch });
  }
}

function isNullSchema(value: unknown): boolean {
  if (!isObject(value)) return false;
  const type = value.type;
  const nullType = type === 'null' || (Array.isArray(type) && type.length === 1 && type[0] === 'null');
  return nullType && Object.keys(value).every((key) => key === 'type' || ANNOTATIONS.has(key));
}

/** Infers the type of a schema that names none from its keywords, so adding an explicit `type: object` is not a change. */
function inferTypes(view: SchemaView): void {
  if (view.types !== undefined || view.opaque) return;
  const site = view.node;
  if (view.properties.size > 0 || view.additional !== undefined || view.patternProperties.size > 0) {
    view.types = { value: ['object'], site };
  } else if (view.items !== undefined || view.tupleItems.length > 0) {
    view.types = { value: ['array'], site };
  } else if (view.enumValues !== undefined && view.enumValues.value.length > 0) {
    const kinds = new Set(view.enumValues.value.map(({ value }) => jsonTypeOf(value)));
    if (kinds.size === 1) view.types = { value: [...kinds], site };
    else if (kinds.size === 2 && kinds.has('integer') && kinds.has('number')) view.types = { value: ['number'], site };
  }
}

function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
