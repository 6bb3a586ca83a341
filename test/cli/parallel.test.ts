import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as FetcherModule from '../../src/contracts/remote/fetcher.js';
import type * as ManyModule from '../../src/lint/many.js';
import { writeWorkspace } from '../helpers/estate.js';
import { startSchemaServer, type SchemaServer } from '../helpers/schema-server.js';

// Worker threads run the compiled worker script, so these tests use the build in dist/ (`npm run build`).
const DIST = new URL('../../dist/', import.meta.url);
const LAUNCHER = fileURLToPath(new URL('../../bin/retailgov.js', import.meta.url));

let server: SchemaServer;

beforeAll(async () => {
  server = await startSchemaServer({
    '/money.json': { body: JSON.stringify({ Money: { type: 'object', properties: { amount: { type: 'integer' } } } }), contentType: 'application/json' },
    '/broken.yaml': { body: "Order:\n  $ref: '#/Missing'\n" },
  });
});

afterAll(async () => {
  await server.close();
});

/** A folder of contracts with every kind of outcome: findings, fetched documents, an invalid file and a skipped one. */
function writeContracts(): string {
  const files: Record<string, string> = {
    'specs/broken-syntax.yaml': 'openapi: 3.0.3\ninfo: [unclosed\n',
    'specs/fragment.yaml': 'Money:\n  type: object\n',
  };
  const refs = [
    `${server.origin}/money.json#/Money`,
    `${server.origin}/broken.yaml#/Order`,
    'https://schemas.example.com/order.json',
    '#/components/schemas/Missing',
    '#/components/schemas/Money',
  ];
  for (let i = 0; i < 10; i++) {
    files[`specs/api-${i}.yaml`] = `openapi: 3.0.3
info:
  title: API ${i}
  version: 1.0.0
paths: {}
components:
  schemas:
    Order:
      $ref: '${refs[i % refs.length]}'
    Money:
      type: object
`;
  }
  return writeWorkspace(files);
}

describe('parallel lint', () => {
  it('build with the worker script exists', () => {
    expect(existsSync(new URL('lint/worker.js', DIST)), 'run `npm run build` before these tests').toBe(true);
  });

  it('workers give the same result as the main thread', async () => {
    const { lintTargets } = (await import(new URL('lint/many.js', DIST).href)) as typeof ManyModule;
    const { createRemoteFetcher } = (await import(new URL('contracts/remote/fetcher.js', DIST).href)) as typeof FetcherModule;
    const root = writeContracts();
    const settings = { allowedHosts: [{ hostname: '127.0.0.1' }], timeoutMs: 5000, maxBytes: 1024 * 1024 };

    const serial = await lintTargets(['specs'], { cwd: root, threads: 1, remote: createRemoteFetcher(settings) });
    const serialRequests = [...server.requests].sort();
    server.requests.length = 0;
    const parallel = await lintTargets(['specs'], { cwd: root, threads: 2, remote: createRemoteFetcher(settings) });

    expect(serial.threads).toBe(0);
    expect(parallel.threads).toBe(2);
    const comparable = (result: ManyModule.LintTargetsResult) => ({ ...result, threads: undefined, invalid: result.invalid.map((error) => error.format()) });
    expect(comparable(parallel)).toEqual(comparable(serial));
    expect(serial.findings.length).toBeGreaterThan(0);
    expect(serial.invalid).toHaveLength(1);
    expect(serial.skipped).toEqual(['specs/fragment.yaml']);
    // Each document is fetched once per run, however many workers ask for it.
    expect(serialRequests).toEqual(['/broken.yaml', '/money.json']);
    expect([...server.requests].sort()).toEqual(['/broken.yaml', '/money.json']);
  });

  it('--jobs does not change the report', () => {
    const root = writeContracts();
    const lint = (jobs: string) =>
      spawnSync(process.execPath, [LAUNCHER, 'lint', 'specs', '--format', 'json', '--jobs', jobs], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const withoutDuration = (stdout: string) => {
      const report = JSON.parse(stdout) as { summary: Record<string, unknown> };
      delete report.summary.durationMs;
      return report;
    };
    const serial = lint('1');
    const parallel = lint('2');

    expect(parallel.status).toBe(2);
    expect(serial.status).toBe(2);
    expect(parallel.stderr).toBe(serial.stderr);
    expect(withoutDuration(parallel.stdout)).toEqual(withoutDuration(serial.stdout));
  });
});
