import { describe, expect, it } from 'vitest';
import { createEventClient, type EventSpec } from '../../../runtime/events.js';
import type { DeadLetter } from '../../../runtime/exceptions.js';
import { InMemoryIdempotencyStore } from '../../../runtime/idempotency.js';
import { InMemoryBroker } from '../../../runtime/in-memory-broker.js';

const spec: EventSpec = {
  contract: 'order-events',
  channel: 'orderAccepted',
  address: 'orders.{region}.accepted',
  message: 'orderAccepted',
  idempotencyKey: { in: 'message-header', name: 'eventId', parts: ['order.id', 'eventType'] },
  correlationId: { in: 'message-header', name: 'correlationId' },
  orderingKey: 'orderId',
  retryPolicy: { id: 'event-delivery', maxAttempts: 3, initialIntervalMs: 10, backoffCoefficient: 2, maxIntervalMs: 100, jitter: 'none', retryableErrors: ['connection', 'handler-error'] },
  deadLetter: { queue: 'order-dlq', exceptionClasses: [{ id: 'schema-invalid', kind: 'validation' }, { id: 'duplicate-event', kind: 'duplicate' }, { id: 'consumer-down', kind: 'downstream-unavailable' }] },
  step: 'deliver-order',
};

function setup() {
  const broker = new InMemoryBroker();
  const letters: DeadLetter[] = [];
  const client = createEventClient({ broker, store: new InMemoryIdempotencyStore(), sleep: async () => {}, onDeadLetter: (letter) => void letters.push(letter) });
  return { broker, letters, client };
}

const input = { headers: { eventType: 'order.accepted' }, payload: { orderId: 'O-1' }, parameters: { region: 'eu' }, identity: [['order.id', 'O-1'], ['eventType', 'order.accepted']] as const, context: { correlationId: 'c-1' } };

describe('event client', () => {
  it('publishes with a derived key, the correlation id and the ordering key', async () => {
    const { broker, client } = setup();
    const result = await client.publish(spec, input);
    expect(result.ok).toBe(true);
    expect(broker.published).toHaveLength(1);
    const { address, message } = broker.published[0]!;
    expect(address).toBe('orders.eu.accepted');
    expect(message.key).toBe('O-1');
    expect(message.headers).toMatchObject({ eventType: 'order.accepted', correlationId: 'c-1', eventId: result.idempotencyKey });
  });

  it('processes a message once and drops its repeat into the duplicate class', async () => {
    const { broker, client, letters } = setup();
    const handled: unknown[] = [];
    await client.subscribe(spec, async (message) => void handled.push(message.payload), { region: 'eu' });
    await client.publish(spec, input);
    await client.publish(spec, input);
    expect(handled).toEqual([{ orderId: 'O-1' }]);
    expect(letters.map((letter) => [letter.exceptionClass, letter.failure.errorCode])).toEqual([['duplicate-event', 'duplicate']]);
    expect(broker.published).toHaveLength(2);
  });

  it('retries a failing handler, dead-letters it and forgets the key', async () => {
    const { client, letters } = setup();
    const published = await client.publish({ ...spec, address: 'orders.accepted' }, { ...input, parameters: {} });
    let calls = 0;
    const failing = async (): Promise<void> => {
      calls++;
      throw new Error('CRM is down');
    };
    const result = await client.consume(spec, published.message, failing);
    expect(result).toMatchObject({ outcome: 'failed', attempts: 3, failure: { errorCode: 'handler-error', exceptionClass: 'consumer-down' } });
    expect(calls).toBe(3);
    expect(letters[0]).toMatchObject({ queue: 'order-dlq', exceptionClass: 'consumer-down', step: 'deliver-order' });
    const replay = await client.consume(spec, published.message, async () => {});
    expect(replay.outcome).toBe('processed');
  });

  it('dead-letters a message without its key as invalid', async () => {
    const { client, letters } = setup();
    const result = await client.consume(spec, { headers: { eventType: 'order.accepted' }, payload: {} }, async () => {});
    expect(result).toMatchObject({ outcome: 'failed', failure: { errorCode: 'invalid-message', exceptionClass: 'schema-invalid' } });
    expect(letters).toHaveLength(1);
  });

  it('retries a broker that rejects, then gives up into the unavailable class', async () => {
    const letters: DeadLetter[] = [];
    let attempts = 0;
    const client = createEventClient({
      broker: { publish: async () => { attempts++; throw new Error('broker down'); }, subscribe: async () => async () => {} },
      sleep: async () => {},
      onDeadLetter: (letter) => void letters.push(letter),
    });
    const result = await client.publish(spec, input);
    expect(result).toMatchObject({ ok: false, attempts: 3, failure: { errorCode: 'connection', exceptionClass: 'consumer-down' } });
    expect(attempts).toBe(3);
    expect(letters).toHaveLength(1);
  });
});
