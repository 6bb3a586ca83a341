import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { docComment, lineComment, propertyKey, stringLiteral, valueLiteral } from '../../../src/generate/typescript/literals.js';

const PAYLOADS = ['*/ alert(1) /*', '"quoted" and \'single\'', 'back`tick`', '${process.exit()}', 'line\nbreak', 'para\u2028graph\u2029end', 'cr\rreturn', '\\', '</script>', 'nul\u0000char', '\ud83d\uded2 cart'];

/** Parses `source` and returns its syntax errors and top-level statement count. */
function parse(source: string): { errors: number; statements: number } {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
  const errors = (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
  return { errors, statements: file.statements.length };
}

describe('stringLiteral', () => {
  it('round-trips every payload as one literal', () => {
    for (const payload of PAYLOADS) {
      const literal = stringLiteral(payload);
      expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(JSON.parse(literal)).toBe(payload);
      expect(parse(`export const x = ${literal};`)).toEqual({ errors: 0, statements: 1 });
    }
  });
});

describe('docComment', () => {
  it('keeps every payload inside the comment', () => {
    for (const payload of PAYLOADS) {
      const source = `${docComment([payload, `second ${payload}`], '  ')}export const x = 1;`;
      expect(parse(source), JSON.stringify(payload)).toEqual({ errors: 0, statements: 1 });
      expect(source).not.toMatch(/\*\/[^\n]*\n?export const x = 1;[\s\S]+/);
    }
  });

  it('is empty without text and one line for a short text', () => {
    expect(docComment([undefined, '  '])).toBe('');
    expect(docComment(['Order id.'])).toBe('/** Order id. */\n');
  });

  it('wraps long lines at word boundaries', () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const lines = docComment([words]).split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toContain('word59');
  });
});

describe('lineComment', () => {
  it('keeps line breaks out of a line comment', () => {
    for (const payload of PAYLOADS) {
      expect(parse(`${lineComment(payload)}export const x = 1;`)).toEqual({ errors: 0, statements: 1 });
    }
  });
});

describe('propertyKey', () => {
  it('quotes names that are not identifiers', () => {
    expect(propertyKey('orderId')).toBe('orderId');
    expect(propertyKey('order-id')).toBe('"order-id"');
    expect(propertyKey('__proto__')).toBe('"__proto__"');
    expect(propertyKey('2fa')).toBe('"2fa"');
  });
});

describe('valueLiteral', () => {
  it('renders values that evaluate back to themselves', () => {
    const value = { name: 'x"y', list: [1, true, 'a\u2028b'], nested: { 'odd-key': null } };
    const evaluated = new Function(`return ${valueLiteral(value)};`)() as unknown;
    expect(evaluated).toEqual({ name: 'x"y', list: [1, true, 'a\u2028b'], nested: { 'odd-key': undefined } });
  });

  it('defines a __proto__ key as an own property', () => {
    const evaluated = new Function(`return ${valueLiteral(JSON.parse('{"__proto__": "x"}') as unknown)};`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(evaluated)).toEqual(['__proto__']);
  });
});
