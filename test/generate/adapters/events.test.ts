import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAdapters } from '../../../src/generate/adapters/index.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { removeGenerated, transpile, writeGenerated } from './compile.js';

afterAll(removeGenerated);

const REFERENCE_ESTATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

type AnyFunction = (...args: any[]) => any;
type Module = Record<string, any>;

let orderEvents: Record<string, AnyFunction>;
let events: Module;
let broker: Module;
let idempotency: Module;

beforeAll(async () => {
  const folder = writeGenerated(generateAdapters(await loadWorkspace(REFERENCE_ESTATE), { system: 'oms' }));
  transpile(folder);
  const load = async (relative: string): Promise<Module> => (await import(pathToFileURL(path.join(folder, relative)).href)) as Module;
  orderEvents = await load('oms/order-events.js');
  events = await load('runtime/events.js');
  broker = await load('runtime/in-memory-broker.js');
  idempotency = await load('runtime/idempotency.js');
}, 120_000);

const accepted = {
  headers: { eventType: 'order.accepted', eventVersion: '1.3.0', occurredAt: '2026-03-01T09:00:00Z' },
  payload: { orderId: 'O-1', channel: 'webshop', channelOrderId: 'WEB-1', placedAt: '2026-03-01T09:00:00Z', acceptedAt: '2026-03-01T09:00:01Z', lines: [], totals: {} },
  identity: { 'order.id': 'O-1', eventType: 'order.accepted' },
  context: { correlationId: 'corr-7' },
};

describe('generated event adapter', () => {
  it('publishes with the derived event id and consumes a republished event once', async () => {
    const memoryBroker = new broker.InMemoryBroker();
    const letters: Array<Record<string, unknown>> = [];
    const client = events.createEventClient({ broker: memoryBroker, store: new idempotency.InMemoryIdempotencyStore(), onDeadLetter: (letter: Record<string, unknown>) => void letters.push(letter) });
    const handled: Array<Record<string, unknown>> = [];
    await orderEvents.subscribeOrderAccepted!(client, async (message: Record<string, unknown>) => void handled.push(message));

    const first = await orderEvents.publishOrderAccepted!(client, accepted);
    const second = await orderEvents.publishOrderAccepted!(client, accepted);

    const eventId = createHash('sha256').update(JSON.stringify(['O-1', 'order.accepted'])).digest('hex');
    expect(first).toMatchObject({ ok: true, idempotencyKey: eventId, correlationId: 'corr-7' });
    expect(second.idempotencyKey).toBe(eventId);
    expect(memoryBroker.published.map((entry: { address: string }) => entry.address)).toEqual(['northwind.order.accepted.v1', 'northwind.order.accepted.v1']);
    expect(memoryBroker.published[0].message).toMatchObject({ key: 'O-1', headers: { eventId, correlationId: 'corr-7', eventType: 'order.accepted' } });
    expect(handled).toHaveLength(1);
    expect(letters).toMatchObject([{ queue: 'order-dlq', exceptionClass: 'duplicate-event', step: 'deliver-order-to-crm', idempotencyKey: eventId }]);
  });

  it('dead-letters a consumer failure as the consumer being unavailable', async () => {
    const letters: Array<Record<string, unknown>> = [];
    const client = events.createEventClient({
      broker: new broker.InMemoryBroker(), store: new idempotency.InMemoryIdempotencyStore(), sleep: async () => {}, random: () => 0,
      onDeadLetter: (letter: Record<string, unknown>) => void letters.push(letter),
    });
    let calls = 0;
    const message = { headers: { eventId: 'e-1', correlationId: 'c-1' }, payload: {} };
    const result = await orderEvents.consumeOrderAccepted!(client, message, async () => {
      calls++;
      throw Object.assign(new Error('CRM timed out'), { errorCode: 'timeout' });
    });
    // event-delivery retries timeouts up to 10 attempts.
    expect(calls).toBe(10);
    expect(result).toMatchObject({ outcome: 'failed', failure: { errorCode: 'timeout', exceptionClass: 'consumer-unavailable' } });
    expect(letters).toHaveLength(1);
  });
});
