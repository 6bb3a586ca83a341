/**
 * Finding money amounts and their currencies in contract schemas, for money-amount-has-currency.
 * The naming heuristics live in money-names.ts.
 */
import { child } from '../../../contracts/refs.js';
import type { Contract, Resolved } from '../../../contracts/types.js';
import { isPlainObject, retailIndex, type JsonObject, type ObjectSchema, type RetailIndex } from './schema-index.js';
import {
  amountKind,
  describesCurrencyCode,
  isCountNamedTotal,
  isCurrencyName,
  isOtherCodeName,
  isQuantityUnitName,
  type AmountKind,
} from './money-names.js';
import { composedProperties, resolveValue, schemaKeyword, schemaTypes, type SchemaValue } from './schemas.js';

const NON_AMOUNT_FORMATS = new Set(['date', 'date-time', 'time', 'duration', 'uri', 'url', 'email', 'uuid', 'byte', 'binary']);
const CURRENCY_FORMATS = new Set(['iso-4217', 'iso4217', 'currency', 'currency-code']);
const ISO_4217_PATTERN = /^\^?\[A-Z\]\{3(,3)?\}\$?$/;

export interface Amount {
  name: string;
  node: Resolved;
  kind: AmountKind;
  /** `float` or `double` when the amount is a binary floating-point number. */
  floatFormat?: string;
}

/** Lists the money amounts among the properties declared directly in `schema`. */
export function listAmounts(contract: Contract, schema: ObjectSchema): Amount[] {
  const declared = schema.node.value.properties;
  if (!isPlainObject(declared)) return [];
  const candidates: Array<{ name: string; kind: AmountKind; target: Resolved<JsonObject> }> = [];
  for (const name of Object.keys(declared)) {
    const written = declared[name];
    if (!isPlainObject(written)) continue;
    // The name decides for most properties; only then is a `$ref` followed, for the type and the title.
    let kind = amountKind(name, () => schema.name, written);
    if (kind === undefined && typeof written.$ref !== 'string') continue;
    const target = resolveValue(contract, written, schema.node.file);
    if (target === undefined) continue;
    kind ??= amountKind(name, () => schema.name, target.value);
    if (kind === undefined || isCurrencyProperty(contract, name, target)) continue;
    const resolved = { ...target, pointer: '' };
    if (isScalarAmount(contract, name, resolved)) candidates.push({ name, kind, target: resolved });
  }
  if (candidates.length === 0 || isQuantity(contract, schema.node)) return [];

  return candidates.map(({ name, kind, target }) => {
    const format = schemaKeyword(contract, target, 'format');
    const isFloat = schemaTypes(contract, target).includes('number') && (format === 'float' || format === 'double');
    const node = child(child(schema.node, 'properties'), name);
    return { name, node, kind, ...(isFloat ? { floatFormat: format as string } : {}) };
  });
}

/** Returns whether a schema can hold an amount: a number, an integer (minor units) or a decimal string, but no enum, date, object or count. */
function isScalarAmount(contract: Contract, name: string, schema: Resolved<JsonObject>): boolean {
  const types = schemaTypes(contract, schema).filter((type) => type !== 'null');
  if (types.length === 0 || !types.every((type) => type === 'number' || type === 'integer' || type === 'string')) return false;
  if (schemaKeyword(contract, schema, 'enum') !== undefined) return false;
  const format = schemaKeyword(contract, schema, 'format');
  if (typeof format === 'string' && NON_AMOUNT_FORMATS.has(format)) return false;
  return !(types.every((type) => type === 'integer') && isCountNamedTotal(name, schema.value.description));
}

/** Returns whether an object is a quantity with a unit of measure, such as `Amount { value, unitOfMeasure }`. */
function isQuantity(contract: Contract, schema: Resolved<JsonObject>): boolean {
  for (const [name, node] of composedProperties(contract, schema)) {
    if (!isQuantityUnitName(name)) continue;
    const target = resolveValue(contract, node.value, node.file);
    if (target === undefined || !isCurrencyProperty(contract, name, target)) return true;
  }
  return false;
}

/**
 * Returns whether a property is a currency: by its name, by an ISO 4217 format, by a description
 * that names a currency code, or by a three-capital-letter pattern on a name that is no country,
 * language, locale or region.
 */
function isCurrencyProperty(contract: Contract, name: string, schema: SchemaValue): boolean {
  if (isCurrencyName(name)) return true;
  const target = resolveValue(contract, schema.value, schema.file);
  if (target === undefined) return false;
  const { format, pattern, description, type } = target.value;
  if (typeof format === 'string' && CURRENCY_FORMATS.has(format.toLowerCase())) return true;
  if (type === 'string' && describesCurrencyCode(description)) return true;
  return typeof pattern === 'string' && ISO_4217_PATTERN.test(pattern) && !isOtherCodeName(name);
}

/** Returns whether a schema declares a currency among its own properties. */
function declaresCurrency(contract: Contract, schema: SchemaValue): boolean {
  const declared = schema.value.properties;
  if (!isPlainObject(declared)) return false;
  return Object.keys(declared).some((name) => isCurrencyProperty(contract, name, { value: declared[name] as JsonObject, file: schema.file }));
}

/**
 * Returns whether the object that declares an amount has a currency in scope: among its own
 * properties, which is quick and the common case, or else in the scope schemasWithCurrency computes.
 */
export function hasCurrencyInScope(contract: Contract, schema: ObjectSchema): boolean {
  return declaresCurrency(contract, schema.node) || schemasWithCurrency(contract).has(schema.node.value);
}

const scopes = new WeakMap<RetailIndex, Set<object>>();

/**
 * Returns the schema values that have a currency in scope, computed once per contract. Those are
 * the schemas that declare a currency property and every schema composed with one of them by
 * `allOf`, `anyOf` or `oneOf`. Every schema they contain through properties, `items`,
 * `additionalProperties` and `$ref`, however deep, is in scope too. A schema used in several
 * places is in scope when any of them has a currency.
 */
export function schemasWithCurrency(contract: Contract): Set<object> {
  const index = retailIndex(contract);
  const cached = scopes.get(index);
  if (cached !== undefined) return cached;

  // A branch's currency belongs to every schema that composes it.
  const composers = new Map<object, SchemaValue[]>();
  for (const composite of index.compositeSchemas) {
    for (const branch of compositionBranches(composite.value)) {
      const target = resolveValue(contract, branch, composite.file);
      if (target === undefined) continue;
      const list = composers.get(target.value) ?? [];
      list.push(composite);
      composers.set(target.value, list);
    }
  }

  const inScope = new Set<object>();
  const pending: SchemaValue[] = [];
  const enqueue = (schema: SchemaValue | undefined): void => {
    if (schema === undefined || inScope.has(schema.value)) return;
    inScope.add(schema.value);
    pending.push(schema);
  };
  for (const schema of index.objectSchemas) {
    if (declaresCurrency(contract, schema.node)) enqueue(schema.node);
  }
  while (pending.length > 0) {
    const schema = pending.pop()!;
    for (const composer of composers.get(schema.value) ?? []) enqueue(composer);
    for (const inner of containedValues(schema.value)) enqueue(resolveValue(contract, inner, schema.file));
  }
  scopes.set(index, inScope);
  return inScope;
}

function compositionBranches(schema: JsonObject): unknown[] {
  return ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) => (Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : []));
}

/** Lists the schemas written directly inside `schema`: property, item, additional-property and branch schemas. */
function containedValues(schema: JsonObject): unknown[] {
  const values: unknown[] = compositionBranches(schema);
  if (isPlainObject(schema.properties)) values.push(...Object.values(schema.properties));
  if (Array.isArray(schema.items)) values.push(...schema.items);
  else if (isPlainObject(schema.items)) values.push(schema.items);
  if (isPlainObject(schema.additionalProperties)) values.push(schema.additionalProperties);
  return values;
}
