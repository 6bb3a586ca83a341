/**
 * The schema view of the retail contract rules: every JSON Schema object of a contract that
 * declares `properties` or composes other schemas, with the name it goes by. It is derived once
 * per contract from the shared node index (src/contracts/nodes/), which one walk of the contract
 * fills for all contract rules, so the retail rules add no walk of their own.
 */
import { asyncApiNodes, schemaFormatKind } from '../../../contracts/nodes/asyncapi.js';
import { openApiNodes } from '../../../contracts/nodes/openapi.js';
import type { Contract, Resolved } from '../../../contracts/types.js';
import { fromPointer } from '../../../findings.js';

export type JsonObject = Record<string, unknown>;

/** A schema that declares `properties`, with the name it goes by, read from its pointer on first use. */
export class ObjectSchema {
  private cachedName?: string | null;

  constructor(
    readonly node: Resolved<JsonObject>,
    private readonly isInRootFile: boolean,
  ) {}

  /**
   * Name the schema goes by: its key under `schemas`, `definitions` or `$defs` (or at the top of
   * a referenced fragment file), the property it describes (also through `items` and `allOf`), or
   * else its `title`.
   */
  get name(): string | undefined {
    if (this.cachedName === undefined) {
      const { title } = this.node.value;
      this.cachedName = nameFromPointer(this.node.pointer, this.isInRootFile) ?? (typeof title === 'string' ? title : null);
    }
    return this.cachedName ?? undefined;
  }

  /** Names the schema in a message: `schema 'Order'`, or `an inline schema`. */
  get label(): string {
    return this.name === undefined ? 'an inline schema' : `schema '${this.name}'`;
  }
}

export interface RetailIndex {
  /** Schemas that declare `properties`, in the order of the shared index. */
  objectSchemas: ObjectSchema[];
  /** Schemas with an `allOf`, `anyOf` or `oneOf` list, with or without `properties` of their own. */
  compositeSchemas: Resolved<JsonObject>[];
  /** Memoized results of derived lookups, keyed by the lookup's name and then by schema value. */
  memo: Map<string, Map<object, unknown>>;
}

const DEFINITION_MAPS = new Set(['schemas', 'definitions', '$defs', 'patternProperties']);
/** Keywords whose schema describes the same thing as the schema that contains it, so it keeps that name. */
const NAME_KEEPING_KEYWORDS = new Set(['items', 'additionalProperties', 'not', 'then', 'else', 'if']);
const LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);

const indexes = new WeakMap<Contract, RetailIndex>();

/** Returns the schema view of `contract`, building it on first use. */
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
  const index: RetailIndex = { objectSchemas: [], compositeSchemas: [], memo: new Map() };
  // The shared index lists each schema object once, where its `$ref`s lead.
  for (const node of listSchemaNodes(contract)) {
    const { value } = node;
    if (!isPlainObject(value)) continue;
    const schema = node as Resolved<JsonObject>;
    if (isPlainObject(value.properties)) index.objectSchemas.push(new ObjectSchema(schema, schema.file === contract.source));
    if (Array.isArray(value.allOf) || Array.isArray(value.anyOf) || Array.isArray(value.oneOf)) index.compositeSchemas.push(schema);
  }
  return index;
}

/** Lists every schema of the contract, leaving out AsyncAPI schemas in a format other than JSON Schema, such as Avro. */
function listSchemaNodes(contract: Contract): Resolved[] {
  if (contract.format === 'openapi') return openApiNodes(contract).schemas.map((schema) => schema.node);
  return asyncApiNodes(contract)
    .schemas.filter((schema) => schemaFormatKind(schema.schemaFormat) !== 'other')
    .map((schema) => schema.node);
}

/**
 * Reads a schema's name from where it sits: `/components/schemas/Order` is `Order`,
 * `/components/schemas/Order/properties/lines/items` is `lines`, and `/Money` at the top of a
 * referenced fragment file is `Money`.
 */
function nameFromPointer(pointer: string, isRootFile: boolean): string | undefined {
  const segments = fromPointer(pointer);
  let position = segments.length - 1;
  while (position >= 0) {
    const segment = segments[position];
    const parent = position > 0 ? segments[position - 1] : undefined;
    if (parent === 'properties' || (parent !== undefined && DEFINITION_MAPS.has(parent))) return segment;
    if (parent === undefined) return isRootFile ? undefined : segment;
    if (NAME_KEEPING_KEYWORDS.has(segment)) {
      position -= 1;
    } else if (/^\d+$/.test(segment) && LIST_KEYWORDS.has(parent)) {
      position -= 2;
    } else {
      return undefined;
    }
  }
  return undefined;
}

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
