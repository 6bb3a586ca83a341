/**
 * Reading JSON Schemas for the retail contract rules: following `$ref`s without throwing,
 * the properties of a composed schema, and the declared types.
 */
import { child, deref } from '../../../contracts/refs.js';
import type { Contract, Resolved } from '../../../contracts/types.js';
import { InputError } from '../../../errors.js';
import { fromPointer } from '../../../findings.js';
import type { SourceFile } from '../../../workspace/source.js';
import { isPlainObject, memoTable, retailIndex, type JsonObject } from './schema-index.js';

const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;
const MAX_ALLOF_DEPTH = 8;

/**
 * Follows `$ref`s from `node` to a JSON object. Returns undefined for a remote, broken or circular
 * reference or a value that is not an object: no-broken-ref and no-remote-ref report those.
 */
export function resolveObject(contract: Contract, node: Resolved): Resolved<JsonObject> | undefined {
  if (isPlainObject(node.value) && typeof node.value.$ref !== 'string') return node as Resolved<JsonObject>;
  let target: Resolved | undefined;
  try {
    target = deref(node, contract.resolve);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
  return target !== undefined && isPlainObject(target.value) ? (target as Resolved<JsonObject>) : undefined;
}

/** A schema value with the file it lives in, for lookups that need no pointer. */
export interface SchemaValue {
  value: JsonObject;
  file: SourceFile;
}

/**
 * Follows `$ref`s from a raw value written in `file`, like resolveObject but without building
 * pointers, for lookups over every schema of a large contract.
 */
export function resolveValue(contract: Contract, value: unknown, file: SourceFile): SchemaValue | undefined {
  let current = value;
  let currentFile = file;
  // A chain longer than this is circular.
  for (let hops = 0; hops < 32; hops++) {
    if (!isPlainObject(current)) return undefined;
    const ref = current.$ref;
    if (typeof ref !== 'string') return { value: current, file: currentFile };
    try {
      const target = contract.resolve(ref, currentFile);
      current = target.value;
      currentFile = target.file;
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
  }
  return undefined;
}

/** Returns the node at `pointer` in the contract file `filePath`, without following `$ref`s. */
export function nodeAt(contract: Contract, filePath: string, pointer: string): Resolved | undefined {
  const file = contract.files.find((candidate) => candidate.path === filePath);
  if (file === undefined) return undefined;
  let node: Resolved = { value: file.data, file, pointer: '' };
  for (const segment of fromPointer(pointer)) node = child(node, segment);
  return node.value === undefined ? undefined : node;
}

/**
 * Lists the properties of a schema with those of its `$ref` target and its `allOf`, `anyOf` and
 * `oneOf` branches, each at the place it is declared. The first declaration of a name wins.
 */
export function composedProperties(contract: Contract, schema: Resolved<JsonObject>): Map<string, Resolved> {
  const memo = memoTable<Map<string, Resolved>>(retailIndex(contract), 'composedProperties');
  const cached = memo.get(schema.value);
  if (cached !== undefined) return cached;

  const properties = new Map<string, Resolved>();
  const seen = new Set<object>();
  const pending: Resolved<JsonObject>[] = [schema];
  while (pending.length > 0) {
    const node = pending.shift()!;
    if (seen.has(node.value)) continue;
    seen.add(node.value);
    const declared = child(node, 'properties');
    if (isPlainObject(declared.value)) {
      for (const name of Object.keys(declared.value)) if (!properties.has(name)) properties.set(name, child(declared, name));
    }
    if (typeof node.value.$ref === 'string') {
      const target = resolveObject(contract, node);
      if (target !== undefined) pending.push(target);
    }
    for (const combinator of COMBINATORS) {
      const branches = child(node, combinator);
      if (!Array.isArray(branches.value)) continue;
      branches.value.forEach((_, position) => {
        const branch = resolveObject(contract, child(branches, position));
        if (branch !== undefined) pending.push(branch);
      });
    }
  }
  memo.set(schema.value, properties);
  return properties;
}

/**
 * Returns the types a schema allows: its `type` (a string or, in OpenAPI 3.1, a list), else the
 * types shared by its `allOf` branches after `$ref`s. An empty list means the type is not declared.
 */
export function schemaTypes(contract: Contract, schema: Resolved<JsonObject>, depth = 0): string[] {
  const { type } = schema.value;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string');
  const branches = child(schema, 'allOf');
  // The depth limit stops `allOf` chains that lead back to the schema itself.
  if (!Array.isArray(branches.value) || depth > MAX_ALLOF_DEPTH) return [];
  for (let position = 0; position < branches.value.length; position++) {
    const branch = resolveObject(contract, child(branches, position));
    if (branch === undefined) continue;
    const types = schemaTypes(contract, branch, depth + 1);
    if (types.length > 0) return types;
  }
  return [];
}

/** Returns the `items` schema of an array schema, or the schema itself when it is no array. */
export function elementSchema(contract: Contract, schema: Resolved<JsonObject>): Resolved<JsonObject> {
  if (!schemaTypes(contract, schema).includes('array') && !isPlainObject(schema.value.items)) return schema;
  return resolveObject(contract, child(schema, 'items')) ?? schema;
}

/** Returns a keyword of the schema or of its first `allOf` branch that has it, such as `format` or `enum`. */
export function schemaKeyword(contract: Contract, schema: Resolved<JsonObject>, keyword: string): unknown {
  if (schema.value[keyword] !== undefined) return schema.value[keyword];
  const branches = child(schema, 'allOf');
  if (!Array.isArray(branches.value)) return undefined;
  for (let position = 0; position < branches.value.length; position++) {
    const branch = resolveObject(contract, child(branches, position));
    if (branch !== undefined && branch.value !== schema.value && branch.value[keyword] !== undefined) return branch.value[keyword];
  }
  return undefined;
}
