import { child } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { Bound, Discriminator, Keyword, SchemaView } from './view.js';
import { canonicalJson, isObject } from './values.js';

/** Limit keywords other than the numeric range, by id stem; `upper` limits merge to the smallest value. */
const LIMIT_KEYWORDS: ReadonlyArray<{ keyword: string; stem: string; upper: boolean }> = [
  { keyword: 'maxLength', stem: 'max-length', upper: true },
  { keyword: 'minLength', stem: 'min-length', upper: false },
  { keyword: 'maxItems', stem: 'max-items', upper: true },
  { keyword: 'minItems', stem: 'min-items', upper: false },
  { keyword: 'maxProperties', stem: 'max-properties', upper: true },
  { keyword: 'minProperties', stem: 'min-properties', upper: false },
];

/**
 * Merges the keywords written on `node` itself into `view`. The first value of a keyword wins,
 * except where merging `allOf` branches has a meaning of its own: types and enums intersect,
 * limits keep the tightest value, properties and required names add up, and a closed object stays closed.
 */
export function collectKeywords(node: Resolved, value: Record<string, unknown>, view: SchemaView): void {
  const at = (keyword: string): Resolved => child(node, keyword);
  if (typeof value.title === 'string') view.title ??= value.title;
  collectType(value, view, at);
  if (value.nullable === true) view.nullable ??= at('nullable');
  if (value['x-nullable'] === true) view.nullable ??= at('x-nullable');
  if (typeof value.format === 'string') view.format ??= { value: value.format, site: at('format') };
  collectEnum(value, view, at);
  if (Object.hasOwn(value, 'default')) view.defaultValue ??= { value: value.default, site: at('default') };
  collectRange(value, view, at);
  for (const { keyword, stem, upper } of LIMIT_KEYWORDS) {
    const limit = value[keyword];
    if (typeof limit !== 'number') continue;
    const current = view.limits.get(stem);
    if (current === undefined || (upper ? limit < current.value : limit > current.value)) view.limits.set(stem, { value: limit, site: at(keyword) });
  }
  if (typeof value.pattern === 'string') view.pattern ??= { value: value.pattern, site: at('pattern') };
  if (value.uniqueItems === true) view.uniqueItems ??= at('uniqueItems');
  if (typeof value.multipleOf === 'number' && value.multipleOf > 0) view.multipleOf ??= { value: value.multipleOf, site: at('multipleOf') };
  if (value.readOnly === true) view.readOnly ??= at('readOnly');
  if (value.writeOnly === true) view.writeOnly ??= at('writeOnly');
  if (value.deprecated === true) view.deprecated ??= at('deprecated');
  collectObject(value, view, at);
  collectItems(value, view, at);
  collectDiscriminator(value, view, at);
}

function collectType(value: Record<string, unknown>, view: SchemaView, at: (keyword: string) => Resolved): void {
  const written = typeof value.type === 'string' ? [value.type] : Array.isArray(value.type) ? value.type.filter((type): type is string => typeof type === 'string') : undefined;
  if (written === undefined) return;
  if (written.includes('null')) view.nullable ??= at('type');
  const types = [...new Set(written.filter((type) => type !== 'null'))].sort();
  // A `null`-only type adds nullability and leaves the other types open.
  if (types.length === 0) return;
  view.types = view.types === undefined ? { value: types, site: at('type') } : { value: intersectTypes(view.types.value, types), site: view.types.site };
}

/** Intersects two type lists, where `integer` is the part of `number` that both allow. */
function intersectTypes(a: string[], b: string[]): string[] {
  const result = new Set<string>();
  for (const type of a) {
    if (b.includes(type)) result.add(type);
    else if (type === 'integer' && b.includes('number')) result.add('integer');
    else if (type === 'number' && b.includes('integer')) result.add('integer');
  }
  return [...result].sort();
}

function collectEnum(value: Record<string, unknown>, view: SchemaView, at: (keyword: string) => Resolved): void {
  if (Array.isArray(value.enum)) {
    const array = at('enum');
    const values = value.enum.flatMap((entry, index) => (entry === null ? [] : [{ value: entry, site: child(array, index) }]));
    mergeEnum(view, { value: values, site: array }, false);
  } else if (Object.hasOwn(value, 'const') && value.const !== null) {
    const site = at('const');
    mergeEnum(view, { value: [{ value: value.const, site }], site }, true);
  }
}

function mergeEnum(view: SchemaView, values: Keyword<Array<Keyword<unknown>>>, isConst: boolean): void {
  if (view.enumValues === undefined) {
    view.enumValues = values;
    view.isConst = isConst;
    return;
  }
  const allowed = new Set(values.value.map((entry) => canonicalJson(entry.value)));
  view.enumValues = { value: view.enumValues.value.filter((entry) => allowed.has(canonicalJson(entry.value))), site: view.enumValues.site };
  view.isConst = view.isConst || isConst;
}

/** Reads `maximum`/`minimum` with both forms of exclusiveness: the boolean of OpenAPI 3.0 and the number of 3.1. */
function collectRange(value: Record<string, unknown>, view: SchemaView, at: (keyword: string) => Resolved): void {
  const candidates: Array<{ upper: boolean; bound: Bound; keyword: string }> = [];
  if (typeof value.maximum === 'number') candidates.push({ upper: true, bound: { value: value.maximum, exclusive: value.exclusiveMaximum === true }, keyword: 'maximum' });
  if (typeof value.exclusiveMaximum === 'number') candidates.push({ upper: true, bound: { value: value.exclusiveMaximum, exclusive: true }, keyword: 'exclusiveMaximum' });
  if (typeof value.minimum === 'number') candidates.push({ upper: false, bound: { value: value.minimum, exclusive: value.exclusiveMinimum === true }, keyword: 'minimum' });
  if (typeof value.exclusiveMinimum === 'number') candidates.push({ upper: false, bound: { value: value.exclusiveMinimum, exclusive: true }, keyword: 'exclusiveMinimum' });
  for (const { upper, bound, keyword } of candidates) {
    const current = upper ? view.upper : view.lower;
    if (current === undefined || isTighter(bound, current.value, upper)) {
      const next = { value: bound, site: at(keyword) };
      if (upper) view.upper = next;
      else view.lower = next;
    }
  }
}

/** Returns whether `candidate` allows fewer values than `current`, for an upper or a lower bound. */
export function isTighter(candidate: Bound, current: Bound, upper: boolean): boolean {
  if (candidate.value !== current.value) return upper ? candidate.value < current.value : candidate.value > current.value;
  return candidate.exclusive && !current.exclusive;
}

function collectObject(value: Record<string, unknown>, view: SchemaView, at: (keyword: string) => Resolved): void {
  if (isObject(value.properties)) {
    const properties = at('properties');
    view.propertiesSite ??= properties;
    for (const name of Object.keys(value.properties)) {
      if (!view.properties.has(name)) view.properties.set(name, child(properties, name));
    }
  }
  if (Array.isArray(value.required)) {
    const required = at('required');
    value.required.forEach((name, index) => {
      if (typeof name === 'string' && !view.required.has(name)) view.required.set(name, child(required, index));
    });
  }
  if (value.additionalProperties === false) view.additional = { value: false, site: at('additionalProperties') };
  else if (isObject(value.additionalProperties) && view.additional === undefined) {
    const schema = at('additionalProperties');
    view.additional = { value: schema, site: schema };
  } else if (value.unevaluatedProperties === false && view.additional === undefined) {
    view.additional = { value: false, site: at('unevaluatedProperties') };
  }
  if (isObject(value.patternProperties)) {
    const patterns = at('patternProperties');
    for (const pattern of Object.keys(value.patternProperties)) {
      if (!view.patternProperties.has(pattern)) view.patternProperties.set(pattern, child(patterns, pattern));
    }
  }
}

function collectItems(value: Record<string, unknown>, view: SchemaView, at: (keyword: string) => Resolved): void {
  // `items` as a list is a draft-07 tuple; 2020-12 writes tuples as `prefixItems`.
  if (isObject(value.items) || typeof value.items === 'boolean') view.items ??= at('items');
  const tuple = Array.isArray(value.prefixItems) ? 'prefixItems' : Array.isArray(value.items) ? 'items' : undefined;
  if (tuple !== undefined && view.tupleItems.length === 0) {
    const array = at(tuple);
    view.tupleItems = (value[tuple] as unknown[]).map((_entry, index) => child(array, index));
  }
}

function collectDiscriminator(value: Record<string, unknown>, view: SchemaView, at: (keyword: string) => Resolved): void {
  if (view.discriminator !== undefined) return;
  const site = at('discriminator');
  // OpenAPI 2.0 writes the discriminator as the bare property name.
  if (typeof value.discriminator === 'string') {
    view.discriminator = { value: { propertyName: value.discriminator, mapping: new Map() }, site };
    return;
  }
  if (!isObject(value.discriminator) || typeof value.discriminator.propertyName !== 'string') return;
  const discriminator: Discriminator = { propertyName: value.discriminator.propertyName, mapping: new Map() };
  if (isObject(value.discriminator.mapping)) {
    const mapping = child(site, 'mapping');
    for (const [key, target] of Object.entries(value.discriminator.mapping)) {
      if (typeof target === 'string') discriminator.mapping.set(key, { value: target, site: child(mapping, key) });
    }
  }
  view.discriminator = { value: discriminator, site };
}
