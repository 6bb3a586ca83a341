import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/contracts/validation/error-text.js';
import { explainErrors } from '../../../src/contracts/validation/explain-errors.js';
import type { JsonSchema } from '../../../src/contracts/validation/openapi-schema.js';
import { SchemaEvaluator, type FormatDefinition } from '../../../src/contracts/validation/schema-evaluator.js';

const formats = (createRequire(import.meta.url)('ajv-formats/dist/formats.js') as { fullFormats: Record<string, FormatDefinition> }).fullFormats;

const REGISTRY: Record<string, JsonSchema> = {
  reference: { type: 'object', required: ['$ref'], properties: { $ref: { type: 'string' } } },
  parameter: {
    type: 'object',
    required: ['name', 'in'],
    properties: { name: { type: 'string' } },
    oneOf: [
      { properties: { in: { enum: ['path'] }, required: { enum: [true] } }, required: ['required'] },
      { properties: { in: { enum: ['query'] }, style: { enum: ['form', 'deepObject'] } } },
    ],
  },
};
const PARAMETER_OR_REFERENCE = { oneOf: [{ $ref: 'reference' }, { $ref: 'parameter' }] };

/** Returns the explained errors of `value` as `pointer text` lines. */
function explain(schema: JsonSchema, value: unknown): string[] {
  const evaluator = new SchemaEvaluator('draft-07', (id) => REGISTRY[id], formats);
  const errors = explainErrors(evaluator.validate(schema, value), value, (error, index) => {
    const member = (error.schema as JsonSchema[])[index];
    return (memberValue) => evaluator.validate(member, memberValue);
  });
  return errors.map((error) => {
    const { pointer, text } = describeError(error);
    return `${pointer} ${text}`;
  });
}

describe('explainErrors', () => {
  it('drops the Reference alternative', () => {
    expect(explain(PARAMETER_OR_REFERENCE, { in: 'query' })).toEqual([" must have the required property 'name'"]);
  });

  it('picks the member the value names', () => {
    expect(explain(PARAMETER_OR_REFERENCE, { name: 'sort', in: 'query', style: 'simple' })).toEqual(["/style must be one of 'form', 'deepObject'"]);
  });

  it('merges a property every member fixes', () => {
    expect(explain(PARAMETER_OR_REFERENCE, { name: 'sort', in: 'body' })).toEqual(["/in must be one of 'path', 'query'"]);
  });

  it('merges type mismatches', () => {
    expect(explain({ anyOf: [{ type: 'string' }, { type: 'array' }] }, 5)).toEqual([' must be string or array']);
  });

  it('keeps a oneOf that matches twice', () => {
    expect(explain({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 2)).toEqual([' must match exactly one schema in oneOf, but matches #0 and #1']);
  });

  it('prefers enum over type at one value', () => {
    expect(explain({ type: 'string', enum: ['open'] }, 4)).toEqual([" must be one of 'open'"]);
  });

  it('keeps errors outside composition', () => {
    const schema = { type: 'object', required: ['sku'], properties: { qty: { oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+$' }] } } };
    expect(explain(schema, { qty: 'ten' })).toEqual([" must have the required property 'sku'", "/qty must match the pattern '^[0-9]+$'"]);
  });
});
