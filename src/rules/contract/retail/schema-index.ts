/**
 * The schema index of the retail contract rules: every JSON Schema object that declares
 * `properties`, in every file of an OpenAPI or AsyncAPI contract. One iterative walk per contract
 * fills it the first time a rule asks, and later rules on the same Contract get the cached index.
 *
 * The walk recognises object schemas by their `properties` member rather than by where they sit,
 * so schemas in referenced fragment files are found too. Literal data is skipped: `example`,
 * `examples`, `enum`, `const`, `default` and `x-` extensions.
 */
import type { Contract, Resolved } from '../../../contracts/types.js';
import type { SourceFile } from '../../../workspace/source.js';

export type JsonObject = Record<string, unknown>;

export interface ObjectSchema {
  node: Resolved<JsonObject>;
  /**
   * Name the schema goes by: its key under `schemas`, `definitions` or `$defs`, the property it
   * describes (also through `items` and `allOf`), or else its `title`.
   */
  name?: string;
}

export interface RetailIndex {
  /** Object schemas in walk order: files in load order, members in document order. */
  objectSchemas: ObjectSchema[];
  /** The same schemas by their value, for lookups after a `$ref`. */
  byValue: Map<object, ObjectSchema>;
  /** Schemas with an `allOf`, `anyOf` or `oneOf` list, with or without `properties` of their own. */
  compositeSchemas: Resolved<JsonObject>[];
  /** Memoized results of derived lookups, keyed by the lookup's name and then by schema value. */
  memo: Map<string, Map<object, unknown>>;
}

/**
 * How the walk reads an object's keys.
 * - `node`: keys are keywords of the specification or of JSON Schema.
 * - `properties`: keys are property names, each value is a schema.
 * - `definitions`: keys are schema names, each value is a schema.
 */
type Kind = 'node' | 'properties' | 'definitions';

/** A node waiting to be visited. Its pointer is built from `parent` and `key` only when a schema is recorded. */
interface Pending {
  value: unknown;
  parent?: Pending;
  key: string;
  kind: Kind;
  name?: string;
}

const LITERAL_KEYWORDS = new Set(['example', 'examples', 'enum', 'const', 'default']);
const DEFINITION_MAPS = new Set(['schemas', 'definitions', '$defs']);
/** Keywords whose schemas describe the same thing as their parent, so they keep its name. */
const NAME_KEEPING_KEYWORDS = new Set(['items', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', 'not', 'prefixItems', 'then', 'else']);
const DOCUMENT_KEYS = ['openapi', 'swagger', 'asyncapi'];

const indexes = new WeakMap<Contract, RetailIndex>();

/** Returns the schema index of `contract`, building it on first use. */
export function retailIndex(contract: Contract): RetailIndex {
  let index = indexes.get(contract);
  if (index === undefined) {
    index = buildIndex(contract);
    indexes.set(contract, index);
  }
  return index;
}

/** Returns the memo table `name` of the index, for results derived per schema value. */
export function memoTable<T>(index: RetailIndex, name: string): Map<object, T> {
  let table = index.memo.get(name);
  if (table === undefined) {
    table = new Map();
    index.memo.set(name, table);
  }
  return table as Map<object, T>;
}

function buildIndex(contract: Contract): RetailIndex {
  const index: RetailIndex = { objectSchemas: [], byValue: new Map(), compositeSchemas: [], memo: new Map() };
  for (const file of contract.files) walkFile(file, file === contract.source, index);
  return index;
}

function walkFile(file: SourceFile, isRoot: boolean, index: RetailIndex): void {
  // Only YAML aliases make two places share one node; JSON text cannot, so it needs no visited set.
  const visited = file.format === 'yaml' ? new Set<object>() : undefined;
  const stack: Pending[] = [{ value: file.data, key: '', kind: rootKind(file.data, isRoot) }];
  while (stack.length > 0) {
    const pending = stack.pop()!;
    const { value, kind, name } = pending;
    if (typeof value !== 'object' || value === null || visited?.has(value)) continue;
    visited?.add(value);

    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: pending, key: String(i), kind: 'node', name });
      continue;
    }

    const object = value as JsonObject;
    if (kind === 'node' && isPlainObject(object.properties)) {
      const schemaName = name ?? (typeof object.title === 'string' ? object.title : undefined);
      const schema: ObjectSchema = { node: { value: object, file, pointer: pointerOf(pending) }, ...(schemaName === undefined ? {} : { name: schemaName }) };
      index.objectSchemas.push(schema);
      index.byValue.set(object, schema);
    }
    if (kind === 'node' && (Array.isArray(object.allOf) || Array.isArray(object.anyOf) || Array.isArray(object.oneOf))) {
      index.compositeSchemas.push({ value: object, file, pointer: pointerOf(pending) });
    }

    const keys = Object.keys(object);
    // Pushed in reverse so that members are visited in document order.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const member = object[key];
      if (typeof member !== 'object' || member === null) continue;
      if (kind !== 'node') {
        stack.push({ value: member, parent: pending, key, kind: 'node', name: key });
      } else if (LITERAL_KEYWORDS.has(key) || key.startsWith('x-')) {
        continue;
      } else if (key === 'properties' || key === 'patternProperties') {
        stack.push({ value: member, parent: pending, key, kind: key === 'properties' ? 'properties' : 'definitions' });
      } else if (DEFINITION_MAPS.has(key)) {
        stack.push({ value: member, parent: pending, key, kind: 'definitions' });
      } else {
        const keepsName = NAME_KEEPING_KEYWORDS.has(key) && name !== undefined;
        stack.push({ value: member, parent: pending, key, kind: 'node', ...(keepsName ? { name } : {}) });
      }
    }
  }
}

function pointerOf(pending: Pending): string {
  const segments: string[] = [];
  for (let node: Pending | undefined = pending; node?.parent !== undefined; node = node.parent) {
    segments.push(node.key.replace(/~/g, '~0').replace(/\//g, '~1'));
  }
  return segments.length === 0 ? '' : `/${segments.reverse().join('/')}`;
}

/** A referenced fragment file that is a bare map of named schemas reads like `components.schemas`. */
function rootKind(data: unknown, isRoot: boolean): Kind {
  if (isRoot || !isPlainObject(data)) return 'node';
  const isDocumentOrSchema =
    DOCUMENT_KEYS.some((key) => key in data) || 'type' in data || 'properties' in data || 'allOf' in data || '$ref' in data;
  return isDocumentOrSchema ? 'node' : 'definitions';
}

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
