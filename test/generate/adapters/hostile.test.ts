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
