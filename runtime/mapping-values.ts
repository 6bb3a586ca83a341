import { MappingError, type FieldRef } from './mapping-errors.js';

/** Returns `value`, or throws a `missing-value` MappingError when it is undefined or null. */
export function requireValue<T>(value: T | undefined | null, at: FieldRef): T {
  if (value === undefined || value === null) throw new MappingError(at, 'missing-value', value, 'the target requires a value but the source has none');
  return value;
}

/**
 * Returns `build(value)` when the value is present, else an empty object, for spreading an
 * optional target property into an object literal. Null counts as absent.
 */
export function ifPresent<T, R extends object>(value: T | undefined | null, build: (value: T) => R): R | Record<never, never> {
  return value === undefined || value === null ? {} : build(value);
}

/** Returns `convert(value)` when the value is present, else `fallback`. Null counts as absent. */
export function valueOr<T, R, F>(value: T | undefined | null, convert: (value: T) => R, fallback: F): R | F {
  return value === undefined || value === null ? fallback : convert(value);
}

/** Returns whether any of the values is present, that is, neither undefined nor null. */
export function isAnyPresent(...values: unknown[]): boolean {
  return values.some((value) => value !== undefined && value !== null);
}

/** Value maps are written as YAML keys, so a source value is looked up by its string form. */
function keyOf(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** Looks a source value up in a value map; an unlisted value throws an `unmapped-value` MappingError. */
export function lookupOrReject<Mapped>(map: ReadonlyMap<string, Mapped>, value: unknown, at: FieldRef): Mapped {
  const key = keyOf(value);
  if (map.has(key)) return map.get(key) as Mapped;
  throw new MappingError(at, 'unmapped-value', value, 'the value map does not list the value, and unlisted values are rejected');
}

/** Looks a source value up in a value map; an unlisted value gives `fallback`. */
export function lookupOrDefault<Mapped, Fallback>(map: ReadonlyMap<string, Mapped>, value: unknown, fallback: Fallback): Mapped | Fallback {
  const key = keyOf(value);
  return map.has(key) ? (map.get(key) as Mapped) : fallback;
}

/** Looks a source value up in a value map; an unlisted value is returned unchanged. */
export function lookupOrPassthrough<Mapped, Value>(map: ReadonlyMap<string, Mapped>, value: Value): Mapped | Value {
  const key = keyOf(value);
  return map.has(key) ? (map.get(key) as Mapped) : value;
}

/** Returns `value` when it is one of `allowed`, else throws an `invalid-value` MappingError. */
export function expectOneOf<T extends string | number | boolean>(value: unknown, allowed: readonly T[], at: FieldRef): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new MappingError(at, 'invalid-value', value, `expected one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`);
}

export function expectString(value: unknown, at: FieldRef): string {
  if (typeof value === 'string') return value;
  throw new MappingError(at, 'invalid-value', value, 'expected a string');
}

export function expectNumber(value: unknown, at: FieldRef): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new MappingError(at, 'invalid-value', value, 'expected a finite number');
}

export function expectInteger(value: unknown, at: FieldRef): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw new MappingError(at, 'invalid-value', value, 'expected an integer');
}

export function expectBoolean(value: unknown, at: FieldRef): boolean {
  if (typeof value === 'boolean') return value;
  throw new MappingError(at, 'invalid-value', value, 'expected true or false');
}

/**
 * Converts a string, number or boolean to a string. A number beyond 2^53 - 1 is rejected, since
 * it has already lost digits: an id that large must arrive as a string.
 */
export function convertToString(value: unknown, at: FieldRef): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw new MappingError(at, 'invalid-value', value, 'the number is beyond 2^53 - 1 and has lost digits; send it as a string');
    }
    return String(value);
  }
  throw new MappingError(at, 'invalid-value', value, 'expected a string, number or boolean');
}

/**
 * Converts an integer or a string of decimal digits to a number. A fraction is rejected rather than
 * truncated, and so is a value beyond 2^53 - 1.
 */
export function convertToInteger(value: unknown, at: FieldRef): number {
  let result: number | undefined;
  if (typeof value === 'number') result = value;
  else if (typeof value === 'bigint') result = Number(value);
  else if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) result = Number(value.trim());
  if (result === undefined || !Number.isInteger(result)) {
    throw new MappingError(at, 'invalid-value', value, 'expected an integer or a string of digits');
  }
  if (!Number.isSafeInteger(result) || (typeof value === 'bigint' && BigInt(result) !== value)) {
    throw new MappingError(at, 'invalid-value', value, 'the integer is beyond 2^53 - 1');
  }
  return result;
}

/**
 * Reads a property path from a value whose schema is not known. Returns undefined when a step is
 * absent or steps into something other than an object.
 */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const name of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, name)) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}

/** Returns an array, undefined for an absent value, or throws an `invalid-value` MappingError. */
export function asArray(value: unknown, at: FieldRef): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value as unknown[];
  throw new MappingError(at, 'invalid-value', value, 'expected an array');
}
