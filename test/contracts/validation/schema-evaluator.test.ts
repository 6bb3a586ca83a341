import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../../src/contracts/validation/openapi-schema.js';
import { EvaluationLimitError, SchemaEvaluator, type Draft, type FormatDefinition } from '../../../src/contracts/validation/schema-evaluator.js';

const formats = (createRequire(import.meta.url)('ajv-formats/dist/formats.js') as { fullFormats: Record<string, FormatDefinition> }).fullFormats;

function errorsOf(schema: JsonSchema, value: unknown, draft: Draft = 'draft-07', registry: Record<string, JsonSchema> = {}): Array<[string, string]> {
  const evaluator = new SchemaEvaluator(draft, (id) => registry[id], formats);
  return evaluator.validate(schema, value).map((error) => [error.instancePath, error.keyword]);
}

describe('SchemaEvaluator', () => {
  it('valid value has no errors', () => {
    const schema = { type: 'object', required: ['sku'], properties: { sku: { type: 'string', minLength: 1 }, qty: { type: 'integer', minimum: 1 } } };
    expect(errorsOf(schema, { sku: 'A-1', qty: 2 })).toEqual([]);
  });

  it('collects every error', () => {
    const schema = { type: 'object', required: ['sku', 'qty'], properties: { sku: { type: 'string' }, price: { type: 'number', exclusiveMinimum: 0 } } };
    expect(errorsOf(schema, { sku: 5, price: 0 })).toEqual([['', 'required'], ['/sku', 'type'], ['/price', 'exclusiveMinimum']]);
  });

  it('integer rejects fractions', () => {
    expect(errorsOf({ type: 'integer' }, 1.5)).toEqual([['', 'type']]);
    expect(errorsOf({ type: 'integer' }, 2)).toEqual([]);
  });

  it('type list accepts any member', () => {
    expect(errorsOf({ type: ['string', 'null'] }, null)).toEqual([]);
    expect(errorsOf({ type: ['string', 'null'] }, 3)).toEqual([['', 'type']]);
  });

  it('formats come from ajv-formats', () => {
    expect(errorsOf({ type: 'string', format: 'date-time' }, '2024-03-01T10:00:00Z')).toEqual([]);
    expect(errorsOf({ type: 'string', format: 'date-time' }, '2024-03-01T10:00:00')).toEqual([['', 'format']]);
    expect(errorsOf({ type: 'integer', format: 'int32' }, 2 ** 31)).toEqual([['', 'format']]);
    expect(errorsOf({ type: 'string', format: 'sku-code' }, 'anything')).toEqual([]);
  });

  it('pattern without u flag', () => {
    expect(errorsOf({ type: 'string', pattern: '^[\\w\\-]+$' }, 'ab-c')).toEqual([]);
    expect(errorsOf({ type: 'string', pattern: '^[\\w\\-]+$' }, 'a b')).toEqual([['', 'pattern']]);
  });

  it('length counts code points', () => {
    expect(errorsOf({ type: 'string', maxLength: 1 }, '📦')).toEqual([]);
  });

  it('enum and uniqueItems compare deeply', () => {
    expect(errorsOf({ enum: [{ a: 1, b: [2] }] }, { b: [2], a: 1 })).toEqual([]);
    expect(errorsOf({ type: 'array', uniqueItems: true }, [{ a: 1 }, { a: 1 }])).toEqual([['', 'uniqueItems']]);
  });

  it('oneOf lists member errors before its own', () => {
    const schema = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
    expect(errorsOf(schema, true)).toEqual([['', 'type'], ['', 'type'], ['', 'oneOf']]);
    expect(errorsOf({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 3)).toEqual([['', 'oneOf']]);
  });

  it('anyOf drops errors when a member matches', () => {
    expect(errorsOf({ anyOf: [{ type: 'string' }, { type: 'integer' }] }, 3)).toEqual([]);
  });

  it('if then else', () => {
    const schema = { if: { properties: { kind: { const: 'cash' } } }, then: { required: ['amount'] }, else: { required: ['card'] } };
    expect(errorsOf(schema, { kind: 'cash' })).toEqual([['', 'required'], ['', 'if']]);
    expect(errorsOf(schema, { kind: 'card', card: {} })).toEqual([]);
  });

  it('draft-07 items list is a tuple', () => {
    expect(errorsOf({ type: 'array', items: [{ type: 'string' }], additionalItems: false }, ['a', 'b'])).toEqual([['', 'additionalItems']]);
  });

  it('2020-12 prefixItems then items', () => {
    expect(errorsOf({ prefixItems: [{ type: 'string' }], items: { type: 'integer' } }, ['a', 2, 'c'], '2020-12')).toEqual([['/2', 'type']]);
  });

  it('unevaluatedProperties sees allOf members', () => {
    const schema = { allOf: [{ properties: { sku: { type: 'string' } } }], unevaluatedProperties: false };
    expect(errorsOf(schema, { sku: 'a' }, '2020-12')).toEqual([]);
    expect(errorsOf(schema, { sku: 'a', extra: 1 }, '2020-12')).toEqual([['', 'unevaluatedProperties']]);
  });

  it('unevaluatedProperties ignores failed members', () => {
    const schema = { anyOf: [{ properties: { a: { type: 'string' } }, required: ['a'] }, { type: 'object' }], unevaluatedProperties: false };
    expect(errorsOf(schema, { a: 1 }, '2020-12')).toEqual([['', 'unevaluatedProperties']]);
  });

  it('$ref uses the registry', () => {
    const registry = { money: { type: 'object', properties: { amount: { type: 'integer' } } } };
    expect(errorsOf({ properties: { total: { $ref: 'money' } } }, { total: { amount: 'x' } }, 'draft-07', registry)).toEqual([['/total/amount', 'type']]);
  });

  it('circular schema follows the value', () => {
    const registry = { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: 'node' } } } } };
    expect(errorsOf({ $ref: 'node' }, { children: [{ children: [{ children: 'x' }] }] }, 'draft-07', registry)).toEqual([['/children/0/children/0/children', 'type']]);
  });

  it('endless recursion throws', () => {
    const registry = { a: { allOf: [{ $ref: 'b' }] }, b: { anyOf: [{ $ref: 'a' }] } };
    expect(() => errorsOf({ $ref: 'a' }, {}, 'draft-07', registry)).toThrow(EvaluationLimitError);
  });

  it('member names with slashes escaped', () => {
    expect(errorsOf({ properties: { 'a/b': { type: 'string' } } }, { 'a/b': 1 })).toEqual([['/a~1b', 'type']]);
  });
});
