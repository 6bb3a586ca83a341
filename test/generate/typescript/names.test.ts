import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { NameScope, toFileName, toIdentifier } from '../../../src/generate/typescript/names.js';

/** Returns the syntax errors of `source` as an ES module. */
function syntaxErrors(source: string): string[] {
  const output = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  return (output.diagnostics ?? []).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const HOSTILE = [
  'delete', 'constructor', '__proto__', '2fa-verify', 'order "quoted"', "it's", 'with spaces here', 'Bestellübersicht',
  'Übersicht der Aufträge', '東京 注文', '', '***', 'class', 'await', 'Promise', 'Record', 'Error', 'get-order/{id}', 'a\u2028b',
  '*/ evil', '${x}`', 'toString', 'undefined', 'NaN',
];

describe('toIdentifier', () => {
  it.each([
    ['delete', 'camel', 'delete_'],
    ['constructor', 'camel', 'constructor_'],
    ['__proto__', 'camel', 'proto'],
    ['2fa-verify', 'camel', '_2faVerify'],
    ['2fa-verify', 'pascal', '_2FaVerify'],
    ['3d secure', 'pascal', '_3DSecure'],
    ['get order "by id"', 'camel', 'getOrderById'],
    ['list orders', 'pascal', 'ListOrders'],
    ['SALES_ORDER', 'pascal', 'SalesOrder'],
    ['A_SalesOrderType', 'pascal', 'ASalesOrderType'],
    ['getOrderByID', 'camel', 'getOrderById'],
    ['Übersicht der Aufträge', 'camel', 'übersichtDerAufträge'],
    ['東京 注文', 'camel', '東京注文'],
    ['', 'camel', 'unnamed'],
    ['Error', 'pascal', 'Error_'],
    ['Promise', 'pascal', 'Promise_'],
  ] as const)('%j as %s is %s', (raw, casing, expected) => {
    expect(toIdentifier(raw, casing)).toBe(expected);
  });

  it('gives a declarable name for every hostile input', () => {
    for (const raw of HOSTILE) {
      const value = toIdentifier(raw, 'camel');
      const type = toIdentifier(raw, 'pascal');
      expect(syntaxErrors(`export function ${value}() {}\nexport interface ${type} {}\nconst ${value}Local = 1; void ${value}Local;`), JSON.stringify(raw)).toEqual([]);
      expect(ts.isIdentifierText(value, ts.ScriptTarget.ES2022), value).toBe(true);
    }
  });
});

describe('NameScope', () => {
  it('suffixes names that collide after conversion, in allocation order', () => {
    const scope = new NameScope(['HttpClient']);
    expect(scope.allocate('order-line', 'pascal')).toBe('OrderLine');
    expect(scope.allocate('order_line', 'pascal')).toBe('OrderLine2');
    expect(scope.allocate('Order Line', 'pascal')).toBe('OrderLine3');
    expect(scope.allocate('http client', 'pascal')).toBe('HttpClient2');
    expect(scope.allocate('delete', 'camel')).toBe('delete_');
    expect(scope.allocate('delete_', 'camel')).toBe('delete_2');
  });

  it('keeps a held name for its owner', () => {
    const scope = new NameScope();
    scope.hold('Proto', 'schema Proto');
    expect(scope.allocate('__proto__', 'pascal', 'schema __proto__')).toBe('Proto2');
    expect(scope.allocate('Proto', 'pascal', 'schema Proto')).toBe('Proto');
    expect(scope.allocate('Other', 'pascal')).toBe('Other');
  });

  it('hands out the same names for the same order of requests', () => {
    const names = (): string[] => {
      const scope = new NameScope();
      return ['a-b', 'a_b', 'A B', 'x'].map((raw) => scope.allocate(raw, 'camel'));
    };
    expect(names()).toEqual(names());
    expect(names()).toEqual(['aB', 'aB2', 'aB3', 'x']);
  });
});

describe('toFileName', () => {
  it('keeps kebab ids and cleans others', () => {
    expect(toFileName('order-process-api')).toBe('order-process-api');
    expect(toFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(toFileName('Übersicht API')).toBe('ubersicht-api');
    expect(toFileName('***')).toBe('unnamed');
  });
});
