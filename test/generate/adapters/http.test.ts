import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateAdapters } from '../../../src/generate/adapters/index.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { removeGenerated, transpile, writeGenerated } from './compile.js';

afterAll(removeGenerated);

const REFERENCE_ESTATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface Recorded { method: string; url: string; headers: IncomingHttpHeaders; body: string }
interface Reply { status: number; headers?: Record<string, string>; body?: unknown }
type AnyFunction = (...args: any[]) => any;
type Module = Record<string, AnyFunction>;

let server: Server;
let baseUrl: string;
const received: Recorded[] = [];
let replies: Reply[] = [];
let erp: Module;
let erpSystem: Module;
let orders: Module;
let nileSystem: Module;
let nile: Module;
let runtimeBackoff: Module;

beforeAll(async () => {
  const workspace = await loadWorkspace(REFERENCE_ESTATE);
  const folder = writeGenerated(generateAdapters(workspace));
  transpile(folder);
  const load = async (relative: string): Promise<Module> => (await import(pathToFileURL(path.join(folder, relative)).href)) as Module;
  erp = await load('erp/erp-posting-system-api.js');
  erpSystem = await load('erp/system.js');
  orders = await load('oms/order-process-api.js');
  nile = await load('marketplace-nile/nile-seller-api.js');
  nileSystem = await load('marketplace-nile/system.js');
  runtimeBackoff = await load('runtime/backoff.js');

  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const reply = replies.shift() ?? { status: 201, body: {} };
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  replies = [];
});

const salesOrder = {
  orderId: 'O-1', channel: 'webshop', channelOrderId: 'WEB-1', orderDate: '2026-03-01', currency: 'EUR',
  customer: { email: 'a@example.test' }, lines: [], totalGross: '10.00', totalTax: '1.60',
};

function recorder(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (milliseconds) => void waits.push(milliseconds) };
}

const problem = (status: number) => ({ type: 'about:blank', title: 'problem', status });

describe('generated HTTP adapter against a local server', () => {
  it('keeps the idempotency key, correlation id and traceparent on a retry', async () => {
    replies = [{ status: 503, body: problem(503) }, { status: 201, body: { documentNumber: '900001' } }];
    const time = recorder();
    const client = erpSystem.createErpClient!({ baseUrl, sleep: time.sleep, random: runtimeBackoff.seededRandom!(5) });
    const result = await erp.postSalesOrder!(client, { body: salesOrder, identity: { channel: 'webshop', 'order.id': 'O-1' }, context: { correlationId: 'corr-42' } });

    expect(result).toMatchObject({ ok: true, status: 201, attempts: 2 });
    expect(received).toHaveLength(2);
    const expectedKey = createHash('sha256').update(JSON.stringify(['webshop', 'O-1', 'postSalesOrder'])).digest('hex');
    for (const request of received) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe('/sales-orders');
      expect(request.headers['repeatability-request-id']).toBe(expectedKey);
      expect(request.headers['x-correlation-id']).toBe('corr-42');
      expect(request.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    }
    expect(received[1]!.headers.traceparent).toBe(received[0]!.headers.traceparent);
    expect(JSON.parse(received[1]!.body)).toEqual(salesOrder);
    // Full jitter: the first retry waits random * 2s, with the seeded source the test passed.
    expect(time.waits).toEqual([runtimeBackoff.seededRandom!(5)() * 2000]);
  });

  it('waits out a 429 as long as Retry-After asks', async () => {
    replies = [{ status: 429, headers: { 'retry-after': '7' }, body: problem(429) }, { status: 201, body: {} }];
    const time = recorder();
    const client = erpSystem.createErpClient!({ baseUrl, sleep: time.sleep });
    const result = await erp.postSalesOrder!(client, { body: salesOrder, identity: { channel: 'webshop', 'order.id': 'O-2' } });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(time.waits).toEqual([7000]);
  });

  it('dead-letters a 400 as a mapping failure without retrying', async () => {
    replies = [{ status: 400, body: problem(400) }];
    const letters: Array<Record<string, unknown>> = [];
    const client = erpSystem.createErpClient!({ baseUrl, sleep: async () => {}, onDeadLetter: (letter: Record<string, unknown>) => void letters.push(letter) });
    const result = await erp.postSalesOrder!(client, { body: salesOrder, identity: { channel: 'webshop', 'order.id': 'O-3' } });

    expect(result).toMatchObject({ ok: false, status: 400, body: problem(400), failure: { errorCode: 'http-400', exceptionClass: 'payload-mapping-failed', exceptionKind: 'mapping', attempts: 1 } });
    expect(received).toHaveLength(1);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({
      queue: 'erp-posting-dlq',
      exceptionClass: 'payload-mapping-failed',
      exceptionKind: 'mapping',
      step: 'post-sales-order-to-erp',
      contract: 'erp-posting-system-api',
      operation: 'postSalesOrder',
      idempotencyKey: received[0]!.headers['repeatability-request-id'],
    });
  });

  it('dead-letters a 422 as a business-rule rejection', async () => {
    replies = [{ status: 422, body: problem(422) }];
    const letters: Array<Record<string, unknown>> = [];
    const client = erpSystem.createErpClient!({ baseUrl, onDeadLetter: (letter: Record<string, unknown>) => void letters.push(letter) });
    await erp.postSalesOrder!(client, { body: salesOrder, identity: { channel: 'webshop', 'order.id': 'O-4' } });
    expect(letters.map((letter) => letter.exceptionClass)).toEqual(['erp-posting-rejected']);
  });

  it('dead-letters exhausted 503s as the system being unavailable', async () => {
    replies = Array.from({ length: 6 }, () => ({ status: 503, body: problem(503) }));
    const letters: Array<Record<string, unknown>> = [];
    const client = erpSystem.createErpClient!({ baseUrl, sleep: async () => {}, onDeadLetter: (letter: Record<string, unknown>) => void letters.push(letter) });
    const result = await erp.postSalesOrder!(client, { body: salesOrder, identity: { channel: 'webshop', 'order.id': 'O-5' } });
    expect(result).toMatchObject({ ok: false, status: 503, failure: { attempts: 6, exceptionClass: 'erp-unavailable' } });
    expect(received).toHaveLength(6);
    expect(new Set(received.map((request) => request.headers['repeatability-request-id'])).size).toBe(1);
    expect(letters).toHaveLength(1);
  });

  it('makes one attempt where no retry policy is declared', async () => {
    replies = [{ status: 503, body: problem(503) }];
    const client = erpSystem.createErpClient!({ baseUrl });
    const result = await orders.captureOrder!(client, {
      body: { channel: 'webshop', channelOrderId: 'WEB-9', placedAt: '2026-03-01T10:00:00+01:00', customer: { email: 'a@example.test' }, shippingAddress: { name: 'A', line1: 'B', postalCode: '1', city: 'C', countryCode: 'DE' }, lines: [], channelTotal: { amount: 0, currency: 'EUR' } },
      identity: { channel: 'webshop', 'order.channelOrderId': 'WEB-9' },
    });
    expect(result).toMatchObject({ ok: false, status: 503, attempts: 1 });
    expect(received[0]!.headers['idempotency-key']).toBe(createHash('sha256').update(JSON.stringify(['webshop', 'WEB-9', 'captureOrder'])).digest('hex'));
  });

  it('spaces calls at the declared rate once the burst is spent', async () => {
    let now = 0;
    const time = recorder();
    const client = nileSystem.createMarketplaceNileClient!({ baseUrl, clock: () => now, sleep: async (ms: number) => { time.waits.push(ms); now += ms; } });
    for (let call = 0; call < 102; call++) {
      replies.push({ status: 200, body: {} });
      await nile.updateListingQuantity!(client, { path: { sellerSku: `SKU-${call}` }, body: { quantity: 1, sequence: call } });
    }
    // 50/s with bursts of 100: the first 100 calls pass at once, then one call every 20 ms.
    expect(time.waits).toEqual([20, 20]);
    expect(received).toHaveLength(102);
  });
});
