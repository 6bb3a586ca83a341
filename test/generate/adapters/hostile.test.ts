import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/contracts/load.js';
import { generateContractAdapter } from '../../../src/generate/adapters/index.js';
import { HOSTILE_CONTRACTS } from './hostile-contracts.js';
import { removeGenerated, typeCheck, writeGenerated } from './compile.js';

afterAll(removeGenerated);

/** Returns the calls to `pwned` anywhere in the code, outside strings and comments. */
function injectedCalls(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.ES2022, true);
  const calls: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(file).includes('pwned')) calls.push(node.getText(file));
    if (ts.isExpressionStatement(node) && node.parent === file) calls.push(`top-level statement: ${node.getText(file)}`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

describe('generated code from a hostile contract', () => {
  for (const [name, document] of Object.entries(HOSTILE_CONTRACTS)) {
    it(`${name} compiles and contains no unescaped payload`, async () => {
      const folder = writeGenerated([]);
      const contractPath = path.join(folder, `${name}.json`);
      writeFileSync(contractPath, JSON.stringify(document));
      const contract = await loadContract(contractPath, { root: folder });
      const files = generateContractAdapter(contract, { fileName: 'adapter' });
      const adapter = files.find((file) => file.path === 'adapter.ts')!.content;

      expect(typeCheck(writeGenerated(files))).toEqual([]);
      expect(injectedCalls(adapter)).toEqual([]);
      expect(adapter).not.toMatch(/[\u2028\u2029\r]/);
      expect(adapter).toContain('*\\/ pwned');
    }, 60_000);
  }
});

describe('type names from a contract', () => {
  /** Generates the adapter of an OpenAPI document and returns its text. */
  async function adapterOf(document: unknown): Promise<string> {
    const folder = writeGenerated([]);
    const contractPath = path.join(folder, 'names.json');
    writeFileSync(contractPath, JSON.stringify(document));
    const contract = await loadContract(contractPath, { root: folder });
    const files = generateContractAdapter(contract, { fileName: 'adapter' });
    expect(typeCheck(writeGenerated(files))).toEqual([]);
    return files.find((file) => file.path === 'adapter.ts')!.content;
  }

  const response = (schema: string) => ({ '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } } });
  const object = (property: string) => ({ type: 'object', properties: { [property]: { type: 'string' } } });
  const contract = (schemaOrder: string[]) => ({
    openapi: '3.0.3',
    info: { title: 'names', version: '1' },
    paths: {
      '/a': { get: { operationId: '2fa-verify', responses: response('__proto__') } },
      '/b': { get: { operationId: 'b', responses: response('Proto') } },
      '/c': { get: { operationId: 'c', responses: response('2fa-verify') } },
    },
    components: { schemas: Object.fromEntries(schemaOrder.map((name) => [name, object(name)])) },
  });

  it('keep a schema name that is an identifier, whatever the order', async () => {
    for (const order of [['__proto__', 'Proto', '2fa-verify'], ['2fa-verify', 'Proto', '__proto__']]) {
      const adapter = await adapterOf(contract(order));
      const names = [...adapter.matchAll(/^export (?:interface|type|async function) (\S+?)[ (<]/gm)].map((match) => match[1]!);
      // Each schema has one property named like the schema itself.
      expect(adapter, order.join(' ')).toMatch(/^export interface Proto \{\n  Proto\?: string;/m);
      expect(adapter, order.join(' ')).toMatch(/^export interface Proto2 \{\n  "__proto__"\?: string;/m);
      // The operation and the schema named `2fa-verify` differ in case, so neither needs a suffix.
      expect(names.filter((name) => /2fa/i.test(name)).sort(), order.join(' ')).toEqual(['_2FaVerify', '_2FaVerifyInput', '_2FaVerifyResult', '_2faVerify']);
    }
  }, 60_000);
});
