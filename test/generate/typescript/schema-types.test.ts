import { afterAll, describe, expect, it } from 'vitest';
import { NameScope } from '../../../src/generate/typescript/names.js';
import { resolveLocalRef, SchemaTypes } from '../../../src/generate/typescript/schema-types.js';
import { parseSource } from '../../../src/workspace/source.js';
import { removeGenerated, typeCheck, writeGenerated } from '../adapters/compile.js';

afterAll(removeGenerated);

/** Returns the type of `#/schema` in a document whose other schemas sit under `#/$defs`, and the declarations it needed. */
function typeOf(document: Record<string, unknown>): { type: string; declarations: string } {
  const file = parseSource(JSON.stringify(document), '/virtual/schema.json', 'schema.json');
  const types = new SchemaTypes({ resolve: resolveLocalRef, scope: new NameScope() });
  const type = types.typeOf({ value: (file.data as Record<string, unknown>).schema, file, pointer: '/schema' });
  return { type, declarations: types.render() };
}

describe('SchemaTypes.typeOf', () => {
  it.each([
    [{ type: 'string' }, 'string'],
    [{ type: 'integer', format: 'int64' }, 'number'],
    [{ type: 'boolean', nullable: true }, 'boolean | null'],
    [{ type: ['string', 'null'] }, 'string | null'],
    [{ type: 'string', 'x-nullable': true }, 'string | null'],
    [{ enum: ['a', 'b', null] }, '"a" | "b" | null'],
    [{ const: 'fixed' }, '"fixed"'],
    [{ enum: [1, 2] }, '1 | 2'],
    [{ enum: [] }, 'never'],
    [{ type: 'array', items: { type: 'string' } }, 'string[]'],
    [{ type: 'array', items: { enum: ['x', 'y'] } }, 'Array<"x" | "y">'],
    [{ type: 'array' }, 'unknown[]'],
    [{ prefixItems: [{ type: 'string' }, { type: 'number' }], items: false }, '[string, number]'],
    [{ type: 'array', items: [{ type: 'string' }] }, '[string, ...unknown[]]'],
    [{ oneOf: [{ type: 'string' }, { type: 'number' }] }, 'string | number'],
    [{ anyOf: [{ type: 'string' }, { type: 'string' }] }, 'string'],
    [{ allOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'number' } } }] }, '{\n  a?: string;\n} & {\n  b?: number;\n}'],
    [{ type: 'object', oneOf: [{ type: 'string' }, { type: 'number' }] }, 'string | number'],
    [{ type: 'object', additionalProperties: { type: 'integer' } }, '{\n  [key: string]: number;\n}'],
    [{ type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: true }, '{\n  id: string;\n  [key: string]: unknown;\n}'],
    [{ type: 'object', additionalProperties: false }, '{ [key: string]: never }'],
    [{ type: 'object' }, '{\n  [key: string]: unknown;\n}'],
    [{ properties: { 'odd-name': { type: 'string' }, '2fa': { type: 'boolean' } } }, '{\n  "odd-name"?: string;\n  "2fa"?: boolean;\n}'],
    [{}, 'unknown'],
    [true, 'unknown'],
    [false, 'never'],
    [{ type: 'file' }, 'Uint8Array | string'],
    [{ oneOf: [{ type: 'string' }, {}] }, 'unknown'],
    [{ allOf: [{ type: 'string' }], nullable: true }, 'string | null'],
  ] as const)('%j', (schema, expected) => {
    expect(typeOf({ schema }).type).toBe(expected);
  });

  it('writes long enums one member a line', () => {
    expect(typeOf({ schema: { enum: ['a', 'b', 'c', 'd', 'e'] } }).type).toBe('\n  | "a"\n  | "b"\n  | "c"\n  | "d"\n  | "e"');
  });

  it('names $ref targets and declares them once', () => {
    const { type, declarations } = typeOf({
      schema: { type: 'array', items: { $ref: '#/$defs/Order' } },
      $defs: {
        Order: { type: 'object', description: 'An order.', required: ['id'], properties: { id: { type: 'string' }, total: { $ref: '#/$defs/Money' }, net: { $ref: '#/$defs/Money' } } },
        Money: { type: 'object', properties: { amount: { type: 'integer', description: 'Minor units.' } } },
      },
    });
    expect(type).toBe('Order[]');
    expect(declarations).toBe(
      '/** An order. */\nexport interface Order {\n  id: string;\n  total?: Money;\n  net?: Money;\n}\n\n' +
      'export interface Money {\n  /** Minor units. */\n  amount?: number;\n}\n',
    );
  });

  it('declares recursive schemas that type-check', () => {
    const { type, declarations } = typeOf({
      schema: { $ref: '#/$defs/Category' },
      $defs: {
        Category: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Category' } }, parent: { $ref: '#/$defs/Parent' } } },
        Parent: { oneOf: [{ $ref: '#/$defs/Category' }, { type: 'null' }] },
      },
    });
    expect(type).toBe('Category');
    expect(declarations).toContain('children?: Category[];');
    expect(declarations).toContain('export type Parent = Category | null;');
    const folder = writeGenerated([{ path: 'types.ts', content: `${declarations}\nexport const sample: Category = { name: 'a', children: [{ parent: null }] };\n` }]);
    expect(typeCheck(folder)).toEqual([]);
  });

  it('types a broken $ref as unknown', () => {
    expect(typeOf({ schema: { $ref: '#/$defs/Missing' } }).type).toBe('unknown');
  });

  it('gives colliding schema names numeric suffixes', () => {
    const { declarations } = typeOf({
      schema: { type: 'object', properties: { a: { $ref: '#/$defs/order-line' }, b: { $ref: '#/$defs/order_line' } } },
      $defs: { 'order-line': { type: 'string' }, order_line: { type: 'number' } },
    });
    expect(declarations).toBe('export type OrderLine = string;\n\nexport type OrderLine2 = number;\n');
  });
});
