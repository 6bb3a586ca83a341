import { describe, expect, it } from 'vitest';
import type { OpenApiDialect } from '../../../src/contracts/nodes/openapi.js';
import { convertSchema, UnresolvableSchemaError, type ExampleMode, type SchemaSite } from '../../../src/contracts/validation/openapi-schema.js';

/** Schemas a `$ref` may point to in these tests, by JSON pointer of `api.yaml`. */
const TARGETS: Record<string, unknown> = {
  '/components/schemas/Money': { type: 'object', required: ['amount'], properties: { amount: { type: 'integer' } } },
  '/components/schemas/Id': { type: 'string', readOnly: true },
  '/components/schemas/Secret': { type: 'string', writeOnly: true },
};

function convert(node: unknown, dialect: OpenApiDialect = 'oas3_0', mode: ExampleMode = 'plain'): unknown {
  return convertSchema(node, { file: 'api.yaml', pointer: '/components/schemas/Test' }, {
    dialect,
    mode,
    refId: (ref) => {
      if (!ref.startsWith('#') || !(ref.slice(1) in TARGETS)) throw new UnresolvableSchemaError(ref);
      return `id:${ref.slice(1)}`;
    },
    deref: (node: Record<string, unknown>, site: SchemaSite) => {
      const pointer = String(node.$ref).slice(1);
      return pointer in TARGETS ? { node: TARGETS[pointer], site: { ...site, pointer } } : undefined;
    },
  });
}

describe('convertSchema nullable', () => {
  it('3.0 nullable adds null to type', () => {
    expect(convert({ type: 'string', nullable: true, maxLength: 3 })).toEqual({ type: ['string', 'null'], maxLength: 3 });
  });

  it('3.0 nullable adds null to enum', () => {
    expect(convert({ type: 'string', enum: ['open', 'shipped'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['open', 'shipped', null] });
  });

  it('3.0 nullable allOf admits null beside members', () => {
    expect(convert({ nullable: true, allOf: [{ $ref: '#/components/schemas/Money' }] })).toEqual({
      anyOf: [{ type: 'null' }, { allOf: [{ $ref: 'id:/components/schemas/Money' }] }],
    });
  });

  it('3.0 nullable next to $ref admits null', () => {
    expect(convert({ $ref: '#/components/schemas/Money', nullable: true })).toEqual({
      anyOf: [{ type: 'null' }, { $ref: 'id:/components/schemas/Money' }],
    });
  });

  it('2.0 x-nullable admits null', () => {
    expect(convert({ type: 'integer', 'x-nullable': true }, 'oas2')).toEqual({ type: ['integer', 'null'] });
  });

  it('3.1 ignores nullable', () => {
    expect(convert({ type: 'string', nullable: true }, 'oas3_1')).toEqual({ type: 'string' });
  });

  it('2.0 ignores 3.0 nullable', () => {
    expect(convert({ type: 'string', nullable: true }, 'oas2')).toEqual({ type: 'string' });
  });
});

describe('convertSchema types and bounds', () => {
  it('3.1 type array kept', () => {
    expect(convert({ type: ['string', 'null'], const: 'x' }, 'oas3_1')).toEqual({ type: ['string', 'null'], const: 'x' });
  });

  it('2.0 file type dropped', () => {
    expect(convert({ type: 'file' }, 'oas2')).toEqual({});
  });

  it('boolean exclusiveMinimum becomes number', () => {
    expect(convert({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false })).toEqual({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 10,
    });
  });

  it('3.1 numeric exclusiveMinimum kept', () => {
    expect(convert({ type: 'number', exclusiveMinimum: 0 }, 'oas3_1')).toEqual({ type: 'number', exclusiveMinimum: 0 });
  });

  it('annotations and wrong-typed values dropped', () => {
    expect(convert({ type: 'string', description: 'SKU', example: 'A-1', xml: { name: 'sku' }, minLength: '2', 'x-internal': true })).toEqual({ type: 'string' });
  });

  it('3.1 items list becomes prefixItems', () => {
    expect(convert({ type: 'array', items: [{ type: 'string' }] }, 'oas3_1')).toEqual({ type: 'array', prefixItems: [{ type: 'string' }] });
  });

  it('additionalProperties false kept', () => {
    expect(convert({ type: 'object', additionalProperties: false })).toEqual({ type: 'object', additionalProperties: false });
  });
});

describe('convertSchema references', () => {
  it('$ref becomes target id', () => {
    expect(convert({ type: 'object', properties: { total: { $ref: '#/components/schemas/Money' } } })).toEqual({
      type: 'object',
      properties: { total: { $ref: 'id:/components/schemas/Money' } },
    });
  });

  it('3.0 members next to $ref ignored', () => {
    expect(convert({ $ref: '#/components/schemas/Money', type: 'string' })).toEqual({ $ref: 'id:/components/schemas/Money' });
  });

  it('3.1 members next to $ref kept', () => {
    expect(convert({ $ref: '#/components/schemas/Money', required: ['currency'] }, 'oas3_1')).toEqual({
      $ref: 'id:/components/schemas/Money',
      required: ['currency'],
    });
  });

  it('broken $ref throws', () => {
    expect(() => convert({ properties: { total: { $ref: '#/components/schemas/Missing' } } })).toThrow(UnresolvableSchemaError);
  });
});

describe('convertSchema readOnly and writeOnly', () => {
  const order = {
    type: 'object',
    required: ['id', 'password', 'sku', 'createdBy'],
    properties: {
      id: { $ref: '#/components/schemas/Id' },
      password: { $ref: '#/components/schemas/Secret' },
      sku: { type: 'string' },
      createdBy: { type: 'string', readOnly: true },
    },
  };

  it('request drops readOnly requirements', () => {
    expect(convert(order, 'oas3_0', 'request')).toMatchObject({ required: ['password', 'sku'] });
  });

  it('response drops writeOnly requirements', () => {
    expect(convert(order, 'oas3_0', 'response')).toMatchObject({ required: ['id', 'sku', 'createdBy'] });
  });

  it('plain keeps every requirement', () => {
    expect(convert(order, 'oas3_0', 'plain')).toMatchObject({ required: ['id', 'password', 'sku', 'createdBy'] });
  });

  it('readOnly in allOf member counts', () => {
    const schema = { required: ['id'], properties: { id: { allOf: [{ type: 'string' }, { readOnly: true }] } } };
    expect(convert(schema, 'oas3_0', 'request')).toEqual({ properties: { id: { allOf: [{ type: 'string' }, {}] } } });
  });

  it('requirements inside not kept', () => {
    const schema = { not: { required: ['createdBy'], properties: { createdBy: { readOnly: true } } } };
    expect(convert(schema, 'oas3_0', 'request')).toEqual({ not: { required: ['createdBy'], properties: { createdBy: {} } } });
  });
});

describe('convertSchema discriminator', () => {
  it('mapping and schema names select the member', () => {
    const schema = {
      oneOf: [{ $ref: '#/components/schemas/Money' }],
      discriminator: { propertyName: 'kind', mapping: { cash: '#/components/schemas/Money' } },
    };
    expect(convert(schema)).toEqual({
      allOf: [{
        if: { properties: { kind: { const: 'Money' } }, required: ['kind'] },
        then: { $ref: 'id:/components/schemas/Money' },
        else: {
          if: { properties: { kind: { const: 'cash' } }, required: ['kind'] },
          then: { $ref: 'id:/components/schemas/Money' },
          else: { oneOf: [{ $ref: 'id:/components/schemas/Money' }] },
        },
      }],
    });
  });

  it('mapping to a missing schema ignored', () => {
    const schema = { oneOf: [{ type: 'string' }], discriminator: { propertyName: 'kind', mapping: { gone: '#/components/schemas/Gone' } } };
    expect(convert(schema)).toEqual({ oneOf: [{ type: 'string' }] });
  });

  it('discriminator without oneOf dropped', () => {
    expect(convert({ type: 'object', discriminator: { propertyName: 'kind' } })).toEqual({ type: 'object' });
  });
});
