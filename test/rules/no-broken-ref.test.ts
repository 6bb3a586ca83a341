import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContractFile } from '../../src/lint/lint.js';
import { findRule } from '../../src/rules/registry.js';
import type { Rule } from '../../src/rules/types.js';
import { writeWorkspace } from '../helpers/estate.js';

const rule = findRule('no-broken-ref') as Rule;

const HEADER = 'openapi: 3.1.0\ninfo: {title: Orders, version: "1"}\n';

async function lint(files: Record<string, string>) {
  const root = writeWorkspace(files);
  const result = await lintContractFile(path.join(root, 'api.yaml'), { rules: [rule], root });
  return result.findings.map((f) => ({ messageId: f.messageId, file: f.location.file, pointer: f.location.pointer, line: f.location.line }));
}

describe('no-broken-ref', () => {
  it('missing local node', async () => {
    const findings = await lint({
      'api.yaml': `${HEADER}paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: '#/components/schemas/Missing'\n`,
    });
    expect(findings).toEqual([{ messageId: 'brokenRef', file: 'api.yaml', pointer: '/components/schemas/A/$ref', line: 7 }]);
  });

  it('missing file', async () => {
    const findings = await lint({
      'api.yaml': `${HEADER}paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'schemas/order.yaml'\n`,
    });
    expect(findings).toEqual([{ messageId: 'brokenRef', file: 'api.yaml', pointer: '/components/schemas/A/$ref', line: 7 }]);
  });

  it('missing node in another file', async () => {
    const findings = await lint({
      'api.yaml': `${HEADER}paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'common.yaml#/Money'\n`,
      'common.yaml': 'Amount:\n  type: integer\n',
    });
    expect(findings).toEqual([{ messageId: 'brokenRef', file: 'api.yaml', pointer: '/components/schemas/A/$ref', line: 7 }]);
  });

  it('resolving references pass', async () => {
    const findings = await lint({
      'api.yaml': `${HEADER}paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'common.yaml#/Money'\n    B:\n      $ref: '#/components/schemas/A'\n`,
      'common.yaml': 'Money:\n  type: object\n',
    });
    expect(findings).toEqual([]);
  });

  it('operation with broken body still indexes', async () => {
    const root = writeWorkspace({
      'api.yaml': `${HEADER}paths:\n  /orders:\n    post:\n      operationId: createOrder\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Nope'}\n      responses: {'201': {description: ok}}\n`,
    });
    const result = await lintContractFile(path.join(root, 'api.yaml'), { rules: [rule], root });
    expect(result.findings).toHaveLength(1);
  });
});
