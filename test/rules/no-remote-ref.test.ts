import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContractFile } from '../../src/lint/lint.js';
import { findRule } from '../../src/rules/registry.js';
import type { Rule } from '../../src/rules/types.js';
import { writeWorkspace } from '../helpers/estate.js';

const RULE = 'no-remote-ref';

async function lintContract(text: string) {
  const root = writeWorkspace({ 'contracts/orders.yaml': text });
  const result = await lintContractFile(path.join(root, 'contracts/orders.yaml'), { rules: [findRule(RULE) as Rule], root });
  return result.findings;
}

const HEAD = `openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
`;

describe(RULE, () => {
  it('reports each remote $ref', async () => {
    const findings = await lintContract(`${HEAD}paths:
  /orders:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: https://schemas.example.com/order.json
      responses:
        '201':
          description: Created
components:
  schemas:
    Money:
      $ref: '//schemas.example.com/money.json#/Money'
`);
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.severity, finding.location])).toEqual([
      [
        RULE,
        'remoteRef',
        'warn',
        { file: 'contracts/orders.yaml', pointer: '/paths/~1orders/post/requestBody/content/application~1json/schema/$ref', line: 12, column: 15 },
      ],
      [RULE, 'remoteRef', 'warn', { file: 'contracts/orders.yaml', pointer: '/components/schemas/Money/$ref', line: 19, column: 7 }],
    ]);
    expect(findings[0].message).toBe(
      "remote $ref 'https://schemas.example.com/order.json' was not fetched: host schemas.example.com is not allowed " +
        '(allow it with --allow-remote-ref schemas.example.com or the allowRemoteRefs configuration key)',
    );
  });

  it('reports a URL scheme that is never fetched', async () => {
    const findings = await lintContract(`${HEAD}paths: {}
components:
  schemas:
    Money:
      $ref: 'ftp://schemas.example.com/money.json'
`);
    expect(findings.map((finding) => finding.messageId)).toEqual(['unsupportedScheme']);
    expect(findings[0].message).toBe(
      "remote $ref 'ftp://schemas.example.com/money.json' was not fetched: retailgov fetches only https URLs, and plain http from loopback hosts",
    );
  });

  it('ignores local, file and example refs', async () => {
    const findings = await lintContract(`${HEAD}paths:
  /orders:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Order'
            example:
              schema:
                $ref: https://schemas.example.com/order.json
      responses:
        '201':
          description: Created
components:
  schemas:
    Order:
      type: object
      x-source:
        $ref: https://schemas.example.com/order.json
`);
    expect(findings).toEqual([]);
  });
});
