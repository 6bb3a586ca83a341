import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContract } from '../../src/contracts/load.js';
import { createRemoteFetcher, type RemoteFetcher } from '../../src/contracts/remote/fetcher.js';
import { parseAllowedHost, type RemoteRefSettings } from '../../src/contracts/remote/policy.js';
import { lintContractFile } from '../../src/lint/lint.js';
import { findRule } from '../../src/rules/registry.js';
import type { Rule } from '../../src/rules/types.js';
import { writeWorkspace } from '../helpers/estate.js';
import { startSchemaServer, type SchemaServer } from '../helpers/schema-server.js';

const ORDERS_PATH_ITEM = `post:
  operationId: createOrder
  requestBody:
    content:
      application/json:
        schema:
          $ref: '../schemas/order.yaml#/Order'
  responses:
    '201':
      description: Created
`;

const ORDER_SCHEMA = `Order:
  type: object
  properties:
    orderId:
      type: string
    total:
      $ref: 'money.json#/Money'
`;

const MONEY_SCHEMA = JSON.stringify({ Money: { type: 'object', properties: { amount: { type: 'integer' } } } });

let server: SchemaServer;

beforeAll(async () => {
  server = await startSchemaServer({
    '/paths/orders.yaml': { body: ORDERS_PATH_ITEM },
    '/schemas/order.yaml': { body: ORDER_SCHEMA },
    '/schemas/money.json': { body: MONEY_SCHEMA, contentType: 'application/json' },
    '/slow.yaml': { hang: true },
    '/large.yaml': { body: `Big:\n  description: '${'x'.repeat(4096)}'\n` },
    '/large-chunked.yaml': { body: `Big:\n  description: '${'x'.repeat(4096)}'\n`, chunked: true },
    '/moved-here.json': { redirect: '/schemas/money.json', status: 301 },
    '/invalid.yaml': { body: 'Order: [unclosed\n' },
    '/local-file.yaml': { body: "Order:\n  $ref: 'file:///etc/hostname'\n" },
    '/with-problems.yaml': { body: "Order:\n  $ref: '#/Missing'\nPrice:\n  $ref: 'https://schemas.example.com/price.json'\n" },
  });
  // A redirect to the same server under another host name: following it would show up in `requests`.
  server.routes.set('/moved-away.json', { redirect: `http://localhost:${server.port}/schemas/money.json` });
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  server.requests.length = 0;
  vi.restoreAllMocks();
});

function settings(hosts: string[], overrides: Partial<RemoteRefSettings> = {}): RemoteRefSettings {
  return { allowedHosts: hosts.map((host) => parseAllowedHost(host)!), timeoutMs: 5000, maxBytes: 1024 * 1024, ...overrides };
}

/** Writes a contract whose `components.schemas` entries are the given `$ref`s and loads it. */
async function loadWithRefs(refs: Record<string, string>, remote: RemoteFetcher | undefined) {
  const schemas = Object.entries(refs).map(([name, ref]) => `    ${name}:\n      $ref: '${ref}'`).join('\n');
  const root = writeWorkspace({ 'api.yaml': `openapi: 3.0.3\ninfo:\n  title: Orders\n  version: 1.0.0\npaths: {}\ncomponents:\n  schemas:\n${schemas}\n` });
  return loadContract(path.join(root, 'api.yaml'), { root, remote });
}

describe('remote $refs on an allowed host', () => {
  const contractText = (origin: string): string => `openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
paths:
  /orders:
    $ref: '${origin}/paths/orders.yaml'
components:
  schemas:
    Money:
      $ref: '${origin}/schemas/money.json#/Money'
`;

  it('indexes operations through fetched documents', async () => {
    const root = writeWorkspace({ 'api.yaml': contractText(server.origin) });
    const remote = createRemoteFetcher(settings(['127.0.0.1']));
    const contract = await loadContract(path.join(root, 'api.yaml'), { root, remote });

    const createOrder = contract.findOperation('createOrder');
    expect(createOrder?.file).toBe(`${server.origin}/paths/orders.yaml`);
    expect(createOrder?.pointer).toBe('/post');
    expect(createOrder?.requestBodyProperties).toEqual(['orderId', 'total']);
    expect(contract.unfollowedRefs).toEqual([]);
  });

  it('resolves relative refs against the document URL', async () => {
    const root = writeWorkspace({ 'api.yaml': contractText(server.origin) });
    const remote = createRemoteFetcher(settings([`127.0.0.1:${server.port}`]));
    const contract = await loadContract(path.join(root, 'api.yaml'), { root, remote });

    expect(contract.files.map((file) => file.path)).toEqual([
      'api.yaml',
      `${server.origin}/paths/orders.yaml`,
      `${server.origin}/schemas/money.json`,
      `${server.origin}/schemas/order.yaml`,
    ]);
    const total = contract.resolve('money.json#/Money', contract.files[3], '/Order/properties/total/$ref');
    expect(total.value).toEqual({ type: 'object', properties: { amount: { type: 'integer' } } });
  });

  it('fetches each document once per run', async () => {
    const remote = createRemoteFetcher(settings(['127.0.0.1']));
    const root = writeWorkspace({ 'a.yaml': contractText(server.origin), 'b.yaml': contractText(server.origin) });
    await loadContract(path.join(root, 'a.yaml'), { root, remote });
    await loadContract(path.join(root, 'b.yaml'), { root, remote });

    expect([...server.requests].sort()).toEqual(['/paths/orders.yaml', '/schemas/money.json', '/schemas/order.yaml']);
  });

  it('records the local ref that pulled each document in', async () => {
    const root = writeWorkspace({ 'api.yaml': contractText(server.origin) });
    const contract = await loadContract(path.join(root, 'api.yaml'), { root, remote: createRemoteFetcher(settings(['127.0.0.1'])) });

    expect(Object.fromEntries(contract.remoteOrigins)).toEqual({
      [`${server.origin}/paths/orders.yaml`]: { file: 'api.yaml', pointer: '/paths/~1orders/$ref' },
      [`${server.origin}/schemas/money.json`]: { file: 'api.yaml', pointer: '/components/schemas/Money/$ref' },
      [`${server.origin}/schemas/order.yaml`]: { file: 'api.yaml', pointer: '/paths/~1orders/$ref' },
    });
  });

  it('follows a redirect within the host', async () => {
    const contract = await loadWithRefs({ Money: `${server.origin}/moved-here.json#/Money` }, createRemoteFetcher(settings(['127.0.0.1'])));

    expect(contract.unfollowedRefs).toEqual([]);
    expect(server.requests).toEqual(['/moved-here.json', '/schemas/money.json']);
  });
});

describe('remote $refs that are not fetched', () => {
  it('host not on the allow-list sends no request', async () => {
    const ref = `${server.origin}/schemas/money.json#/Money`;
    for (const remote of [undefined, createRemoteFetcher(settings(['schemas.example.com'])), createRemoteFetcher(settings([`127.0.0.1:${server.port + 1}`]))]) {
      const contract = await loadWithRefs({ Money: ref }, remote);
      expect(contract.unfollowedRefs).toEqual([{ ref, file: 'api.yaml', pointer: '/components/schemas/Money/$ref', reason: 'remote' }]);
    }
    expect(server.requests).toEqual([]);
  });

  it('plain http to a non-loopback host sends no request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const contract = await loadWithRefs({ Money: 'http://schemas.example.com/money.json' }, createRemoteFetcher(settings(['schemas.example.com'])));

    expect(contract.unfollowedRefs.map((ref) => ref.problem)).toEqual(['insecure-http']);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('timeout is a failed fetch', async () => {
    const remote = createRemoteFetcher(settings(['127.0.0.1'], { timeoutMs: 200 }));
    const contract = await loadWithRefs({ Slow: `${server.origin}/slow.yaml#/Slow` }, remote);

    expect(contract.unfollowedRefs).toHaveLength(1);
    expect(contract.unfollowedRefs[0].problem).toBe('timeout');
    expect(contract.unfollowedRefs[0].detail).toBe(`${server.origin}/slow.yaml did not answer completely within 200ms`);
  });

  it.each(['/large.yaml', '/large-chunked.yaml'])('body above the cap fails: %s', async (route) => {
    const remote = createRemoteFetcher(settings(['127.0.0.1'], { maxBytes: 1024 }));
    const contract = await loadWithRefs({ Big: `${server.origin}${route}#/Big` }, remote);

    expect(contract.unfollowedRefs.map((ref) => ref.problem)).toEqual(['too-large']);
    expect(contract.unfollowedRefs[0].detail).toBe(`${server.origin}${route} is larger than the limit of 1 KiB`);
  });

  it('redirect to another host is not followed', async () => {
    const contract = await loadWithRefs({ Money: `${server.origin}/moved-away.json#/Money` }, createRemoteFetcher(settings(['127.0.0.1', 'localhost'])));

    expect(contract.unfollowedRefs.map((ref) => ref.problem)).toEqual(['redirect']);
    expect(contract.unfollowedRefs[0].detail).toContain(`redirects to another host, localhost:${server.port}`);
    expect(server.requests).toEqual(['/moved-away.json']);
  });

  it('missing document and invalid YAML fail', async () => {
    const remote = createRemoteFetcher(settings(['127.0.0.1']));
    const contract = await loadWithRefs({ Gone: `${server.origin}/gone.yaml`, Broken: `${server.origin}/invalid.yaml#/Order` }, remote);

    expect(contract.unfollowedRefs.map((ref) => [ref.problem, ref.detail])).toEqual([
      ['fetch-failed', `${server.origin}/gone.yaml answered HTTP 404`],
      ['fetch-failed', expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/invalid\.yaml is not a YAML or JSON document \(invalid YAML: .* at line \d+, column \d+\)$/)],
    ]);
  });

  it('file ref in a fetched document is refused', async () => {
    const contract = await loadWithRefs({ Order: `${server.origin}/local-file.yaml#/Order` }, createRemoteFetcher(settings(['127.0.0.1'])));

    expect(contract.unfollowedRefs).toEqual([
      {
        ref: 'file:///etc/hostname',
        file: `${server.origin}/local-file.yaml`,
        pointer: '/Order/$ref',
        reason: 'broken',
        detail: "$ref 'file:///etc/hostname' in a fetched document names a local file, which is never read",
      },
    ]);
    expect(contract.files.map((file) => file.path)).toEqual(['api.yaml', `${server.origin}/local-file.yaml`]);
  });
});

describe('allow-list', () => {
  it.each([
    ['schemas.example.com', { hostname: 'schemas.example.com' }],
    ['Schemas.Example.COM', { hostname: 'schemas.example.com' }],
    ['127.0.0.1:8080', { hostname: '127.0.0.1', port: 8080 }],
    ['[::1]:8443', { hostname: '[::1]', port: 8443 }],
    ['https://schemas.example.com', undefined],
    ['schemas.example.com/path', undefined],
    ['user@schemas.example.com', undefined],
    ['schemas.example.com:99999', undefined],
  ])('parses %s', (entry, expected) => {
    expect(parseAllowedHost(entry)).toEqual(expected);
  });

  it.each([
    ['https://schemas.example.com/a.json', ['schemas.example.com'], undefined],
    ['https://api.schemas.example.com/a.json', ['schemas.example.com'], 'host-not-allowed'],
    ['https://schemas.example.com:8443/a.json', ['schemas.example.com:443'], 'host-not-allowed'],
    ['https://schemas.example.com/a.json', ['schemas.example.com:443'], undefined],
    ['http://schemas.example.com/a.json', ['schemas.example.com'], 'insecure-http'],
    ['http://127.0.0.2:8080/a.json', ['127.0.0.2'], undefined],
    ['http://localhost/a.json', ['localhost'], undefined],
    ['http://[::1]:8080/a.json', ['[::1]'], undefined],
    ['ftp://schemas.example.com/a.json', ['schemas.example.com'], 'unsupported-scheme'],
  ])('%s under %j', (url, hosts, refusal) => {
    const remote = createRemoteFetcher(settings(hosts));
    expect(remote.refusalOf(new URL(url))).toBe(refusal);
  });
});

describe('findings in fetched documents', () => {
  it('are located at the local ref', async () => {
    const root = writeWorkspace({
      'api.yaml': `openapi: 3.0.3\ninfo:\n  title: Orders\n  version: 1.0.0\npaths: {}\ncomponents:\n  schemas:\n    Order:\n      $ref: '${server.origin}/with-problems.yaml#/Order'\n`,
    });
    const rules = [findRule('no-broken-ref'), findRule('no-remote-ref')] as Rule[];
    const result = await lintContractFile(path.join(root, 'api.yaml'), { root, rules, remote: createRemoteFetcher(settings(['127.0.0.1'])) });

    expect(result.findings.map((finding) => [finding.ruleId, finding.location])).toEqual([
      ['no-broken-ref', { file: 'api.yaml', pointer: '/components/schemas/Order/$ref', line: 9, column: 7 }],
      ['no-remote-ref', { file: 'api.yaml', pointer: '/components/schemas/Order/$ref', line: 9, column: 7 }],
    ]);
    expect(result.findings[0].message).toBe(
      "broken $ref '#/Missing': no such node; point the $ref to an existing node or add the missing schema " +
        `(in ${server.origin}/with-problems.yaml#/Order/$ref)`,
    );
    expect(result.findings[1].message).toContain(`host schemas.example.com is not allowed (allow it with --allow-remote-ref schemas.example.com`);
    expect(result.findings[1].message).toMatch(/\(in http:\/\/127\.0\.0\.1:\d+\/with-problems\.yaml#\/Price\/\$ref\)$/);
  });
});
