import { describe, expect, it } from 'vitest';
import { MappingError } from '../../../runtime/mapping-errors.js';
import {
  asArray, convertToInteger, convertToString, expectOneOf, ifPresent, isAnyPresent, lookupOrDefault, lookupOrPassthrough,
  lookupOrReject, readPath, requireValue, valueOr,
} from '../../../runtime/mapping-values.js';

const at = { mapping: 'test-mapping', field: 'status' };
const statuses = new Map<string, 'received' | 'cancelled'>([['Unshipped', 'received'], ['Canceled', 'cancelled']]);

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof MappingError ? error.problem : `other: ${String(error)}`;
  }
  return undefined;
}

describe('value map lookups', () => {
  it('reject throws an unmapped-value error', () => {
    expect(lookupOrReject(statuses, 'Unshipped', at)).toBe('received');
    expect(problemOf(() => lookupOrReject(statuses, 'Pending', at))).toBe('unmapped-value');
  });

  it('reject does not find prototype members', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(problemOf(() => lookupOrReject(statuses, key, at))).toBe('unmapped-value');
    }
  });

  it('default replaces unlisted values', () => {
    expect(lookupOrDefault(statuses, 'Canceled', 'received')).toBe('cancelled');
    expect(lookupOrDefault(statuses, 'Pending', 'received')).toBe('received');
  });

  it('passthrough returns unlisted values unchanged', () => {
    expect(lookupOrPassthrough(statuses, 'Canceled')).toBe('cancelled');
    expect(lookupOrPassthrough(statuses, 'Pending')).toBe('Pending');
  });

  it('numbers and booleans match keys by their string form', () => {
    const codes = new Map([['1', 'one'], ['true', 'yes']]);
    expect(lookupOrReject(codes, 1, at)).toBe('one');
    expect(lookupOrReject(codes, true, at)).toBe('yes');
  });

  it('falsy mapped values are found', () => {
    const flags = new Map<string, boolean | number>([['N', false], ['Z', 0]]);
    expect(lookupOrReject(flags, 'N', at)).toBe(false);
    expect(lookupOrReject(flags, 'Z', at)).toBe(0);
  });
});

describe('presence helpers', () => {
  it('requireValue rejects undefined and null only', () => {
    expect(requireValue(0, at)).toBe(0);
    expect(requireValue('', at)).toBe('');
    expect(problemOf(() => requireValue(undefined, at))).toBe('missing-value');
    expect(problemOf(() => requireValue(null, at))).toBe('missing-value');
  });

  it('ifPresent builds only for present values', () => {
    expect(ifPresent('x', (value) => ({ line2: value }))).toEqual({ line2: 'x' });
    expect(ifPresent(undefined, (value) => ({ line2: value }))).toEqual({});
    expect(ifPresent(null, (value) => ({ line2: value }))).toEqual({});
  });

  it('valueOr and isAnyPresent treat null as absent', () => {
    expect(valueOr(null, (value: number) => value * 2, 7)).toBe(7);
    expect(valueOr(3, (value: number) => value * 2, 7)).toBe(6);
    expect(isAnyPresent(undefined, null)).toBe(false);
    expect(isAnyPresent(undefined, 0)).toBe(true);
  });

  it('readPath reads own properties only', () => {
    expect(readPath({ a: { b: 1 } }, ['a', 'b'])).toBe(1);
    expect(readPath({ a: 1 }, ['a', 'b'])).toBeUndefined();
    expect(readPath({}, ['constructor'])).toBeUndefined();
  });

  it('asArray rejects non-arrays', () => {
    expect(asArray([1], at)).toEqual([1]);
    expect(asArray(undefined, at)).toBeUndefined();
    expect(problemOf(() => asArray({ length: 1 }, at))).toBe('invalid-value');
  });
});

describe('conversions', () => {
  it('to-string keeps ids exact', () => {
    expect(convertToString('61234567890123', at)).toBe('61234567890123');
    expect(convertToString(61234567890123, at)).toBe('61234567890123');
    expect(convertToString(12.5, at)).toBe('12.5');
    expect(convertToString(false, at)).toBe('false');
    expect(problemOf(() => convertToString(2 ** 60, at))).toBe('invalid-value');
    expect(problemOf(() => convertToString({}, at))).toBe('invalid-value');
  });

  it('to-integer rejects fractions instead of truncating', () => {
    expect(convertToInteger('42', at)).toBe(42);
    expect(convertToInteger(' -7 ', at)).toBe(-7);
    expect(convertToInteger(42, at)).toBe(42);
    expect(problemOf(() => convertToInteger('4.2', at))).toBe('invalid-value');
    expect(problemOf(() => convertToInteger(4.2, at))).toBe('invalid-value');
    expect(problemOf(() => convertToInteger('9007199254740993', at))).toBe('invalid-value');
    expect(problemOf(() => convertToInteger('', at))).toBe('invalid-value');
  });

  it('expectOneOf accepts listed values only', () => {
    expect(expectOneOf('a', ['a', 'b'] as const, at)).toBe('a');
    expect(problemOf(() => expectOneOf('c', ['a', 'b'] as const, at))).toBe('invalid-value');
  });
});
