import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';
import { startSchemaServer, type SchemaServer } from '../helpers/schema-server.js';

const PATH_ITEM = `post:
  operationId: createOrder
  requestBody:
    content:
      application/json:
        schema:
          $ref: 'order.json#/Order'
  responses:
    '201':
      description: Created
`;

const ORDER = JSON.stringify({ Order: { type: 'object', properties: { orderId: { type: 'string' } } } });

let server: SchemaServer;

beforeAll(async () => {
  server = await startSchemaServer({
    '/orders-path.yaml': { body: PATH_ITEM },
    '/order.json': { body: ORDER, contentType: 'application/json' },
    '/slow.yaml': { hang: true },
    '/large.yaml': { body: `post:\n  description: '${'x'.repeat(4096)}'\n` },
  });
  // A redirect to the same server under another host name: following it would show up in `requests`.
  server.routes.set('/moved.yaml', { redirect: `http://localhost:${server.port}/orders-path.yaml` });
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  server.requests.length = 0;
});

/** A contract whose `/orders` path item is the document at `route` on the test server. */
function contract(route: string): string {
  return `openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
paths:
  /orders:
    $ref: '${server.origin}${route}'
`;
}

interface JsonFinding {
  ruleId: string;
  messageId: string;
  message: string;
  file: string;
  line: number;
}

function findingsOf(run: CliRun, ruleId: string): JsonFinding[] {
  const report = JSON.parse(run.stdout) as { findings: JsonFinding[] };
  return report.findings.filter((finding) => finding.ruleId === ruleId);
}

/** Lints `api.yaml` holding `text` with the contract rules and `flags`. */
async function lintContract(text: string, flags: string[] = [], extraFiles: Record<string, string> = {}): Promise<CliRun> {
  const root = writeWorkspace({ 'api.yaml': text, ...extraFiles });
  return runCli(['lint', path.join(root, 'api.yaml'), '--root', root, '--format', 'json', ...flags], root);
}

describe('lint with remote $refs', () => {
  it('allowed host is fetched and resolves', async () => {
    const run = await lintContract(contract('/orders-path.yaml'), ['--allow-remote-ref', '127.0.0.1']);

    expect(run.stderr).toBe('');
    expect(findingsOf(run, 'no-remote-ref')).toEqual([]);
    expect(findingsOf(run, 'no-broken-ref')).toEqual([]);
    expect((JSON.parse(run.stdout) as { summary: { files: number } }).summary.files).toBe(3);
    expect([...server.requests].sort()).toEqual(['/order.json', '/orders-path.yaml']);
  });

  it('workflow operations index through the fetched path item', async () => {
    const ownership = `retailgov: 1
teams:
  - id: platform
systems:
  - id: shop
    kind: ecommerce
    layer: experience
    owner: platform
  - id: oms
    kind: oms
    layer: process
    owner: platform
    contracts:
      - id: oms-api
        path: api.yaml
workflows:
  - id: order-capture
    object: order
    steps:
      - id: capture
        from: shop
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: createOrder }
`;
    const root = writeWorkspace({ 'ownership.yaml': ownership, 'api.yaml': contract('/orders-path.yaml') });
    const allowed = await runCli(['lint', root, '--format', 'json', '--allow-remote-ref', `127.0.0.1:${server.port}`], root);
    const refused = await runCli(['lint', root, '--format', 'json'], root);

    expect(findingsOf(allowed, 'operation-exists')).toEqual([]);
    expect(findingsOf(refused, 'operation-exists')).toHaveLength(1);
    expect(findingsOf(refused, 'no-remote-ref')).toHaveLength(1);
  });

  it('host not allowed is a finding and sends nothing', async () => {
    const run = await lintContract(contract('/orders-path.yaml'), ['--allow-remote-ref', 'schemas.example.com']);

    expect(findingsOf(run, 'no-remote-ref').map((finding) => [finding.messageId, finding.file, finding.line, finding.message])).toEqual([
      [
        'remoteRef',
        'api.yaml',
        7,
        `remote $ref '${server.origin}/orders-path.yaml' was not fetched: host 127.0.0.1 is not allowed ` +
          '(allow it with --allow-remote-ref 127.0.0.1 or the allowRemoteRefs configuration key)',
      ],
    ]);
    expect(server.requests).toEqual([]);
  });

  it('allowRemoteRefs of the configuration is honoured', async () => {
    const run = await lintContract(contract('/orders-path.yaml'), [], { '.retailgov.yaml': 'allowRemoteRefs:\n  - 127.0.0.1\n' });

    expect(findingsOf(run, 'no-remote-ref')).toEqual([]);
    expect(server.requests).toContain('/orders-path.yaml');
  });

  it('timeout is a finding', async () => {
    const run = await lintContract(contract('/slow.yaml'), ['--allow-remote-ref', '127.0.0.1', '--remote-ref-timeout', '200ms']);

    expect(findingsOf(run, 'no-remote-ref').map((finding) => [finding.messageId, finding.line])).toEqual([['fetchTimedOut', 7]]);
    expect(findingsOf(run, 'no-remote-ref')[0].message).toContain('did not answer completely within 200ms; raise --remote-ref-timeout');
  });

  it('body above the size cap is a finding', async () => {
    const run = await lintContract(contract('/large.yaml'), ['--allow-remote-ref', '127.0.0.1', '--remote-ref-max-size', '1KiB']);

    expect(findingsOf(run, 'no-remote-ref').map((finding) => [finding.messageId, finding.line])).toEqual([['fetchTooLarge', 7]]);
    expect(findingsOf(run, 'no-remote-ref')[0].message).toContain('is larger than the limit of 1 KiB');
  });

  it('redirect to another host is a finding', async () => {
    const run = await lintContract(contract('/moved.yaml'), ['--allow-remote-ref', '127.0.0.1', '--allow-remote-ref', 'localhost']);

    expect(findingsOf(run, 'no-remote-ref').map((finding) => finding.messageId)).toEqual(['fetchRedirected']);
    expect(server.requests).toEqual(['/moved.yaml']);
  });

  it.each([
    [['--allow-remote-ref', 'https://127.0.0.1/'], /invalid remote \$ref host 'https:\/\/127\.0\.0\.1\/'/],
    [['--allow-remote-ref', '127.0.0.1', '--remote-ref-timeout', 'soon'], /invalid --remote-ref-timeout 'soon'/],
    [['--allow-remote-ref', '127.0.0.1', '--remote-ref-max-size', '10 megs'], /invalid --remote-ref-max-size '10 megs'/],
  ])('invalid option %j exits 2', async (flags, message) => {
    const run = await lintContract(contract('/orders-path.yaml'), flags);

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(server.requests).toEqual([]);
  });
});
