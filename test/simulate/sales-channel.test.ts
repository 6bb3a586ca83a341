import { describe, expect, it } from 'vitest';
import { salesChannelMix, salesChannelOfStep, salesChannelsOf } from '../../src/simulate/engine/sales-channel.js';
import { streamFor } from '../../src/simulate/rng.js';
import type { Estate } from '../../src/model/types.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPOSITORY, simulateFolder, writeFolder } from './helpers.js';

let estate: Estate;

async function referenceEstate(): Promise<Estate> {
  estate ??= (await loadWorkspace(REPOSITORY)).estate;
  return estate;
}

async function workflow(id: string) {
  return (await referenceEstate()).workflows.find((candidate) => candidate.id === id)!;
}

describe('sales channels of the reference estate', () => {
  it('come from the channels of the workflows on the same object', async () => {
    const fulfilment = await workflow('fulfilment');
    expect([...salesChannelsOf(await referenceEstate(), fulfilment)]).toEqual(['webshop', 'pos-stores', 'b2b-portal', 'marketplace-nile', 'marketplace-modena']);
    expect([...salesChannelsOf(await referenceEstate(), await workflow('inventory-sync'))]).toEqual([]);
  });

  it('bind operation calls, not event deliveries', async () => {
    const fulfilment = await workflow('fulfilment');
    const channels = salesChannelsOf(await referenceEstate(), fulfilment);
    const bound = Object.fromEntries(fulfilment.steps.map((step) => [step.id, salesChannelOfStep(step, channels)]));
    expect(bound['confirm-shipment-to-nile']).toBe('marketplace-nile');
    expect(bound['confirm-shipment-to-modena']).toBe('marketplace-modena');
    // The web shop subscribes to the shipment event, so it gets every shipment.
    expect(bound['deliver-shipment-to-webshop']).toBeUndefined();
    expect(bound['post-goods-issue-to-erp']).toBeUndefined();
  });

  it('share by the declared peak traffic', async () => {
    const fulfilment = await workflow('fulfilment');
    const mix = salesChannelMix(await referenceEstate(), fulfilment, salesChannelsOf(await referenceEstate(), fulfilment))!;
    const random = streamFor(1, 'mix');
    const counts = new Map<string, number>();
    const draws = 100_000;
    for (let i = 0; i < draws; i++) {
      const channel = mix.draw(random);
      counts.set(channel, (counts.get(channel) ?? 0) + 1);
    }
    // Order-capture peaks: web shop 12/s, stores 6/s, B2B 1/s, Nile 4/s, Modena 3/s of 26/s.
    expect((counts.get('webshop') ?? 0) / draws).toBeCloseTo(12 / 26, 2);
    expect((counts.get('marketplace-nile') ?? 0) / draws).toBeCloseTo(4 / 26, 2);
    expect((counts.get('marketplace-modena') ?? 0) / draws).toBeCloseTo(3 / 26, 2);
    expect((counts.get('b2b-portal') ?? 0) / draws).toBeCloseTo(1 / 26, 2);
  });

  it('run a marketplace confirmation only for that marketplace\'s orders', async () => {
    const { report } = await simulateFolder(REPOSITORY, {
      retailgovScenario: 1, duration: '2m', traffic: [{ channel: 'oms', workflow: 'fulfilment', rate: '20/s', peakMultiplier: 1 }],
    });
    const fulfilment = report.workflows.find((candidate) => candidate.id === 'fulfilment')!;
    const started = fulfilment.instances.started;
    // First attempts: a slow response now and then times out and is retried.
    const attempts = (id: string) => {
      const step = fulfilment.steps.find((candidate) => candidate.id === id);
      return step === undefined ? 0 : step.attempts - step.retries;
    };
    expect(started).toBeGreaterThan(2000);
    expect(attempts('confirm-shipment-to-nile') / started).toBeGreaterThan(0.12);
    expect(attempts('confirm-shipment-to-nile') / started).toBeLessThan(0.19);
    expect(attempts('confirm-shipment-to-modena') / started).toBeGreaterThan(0.08);
    expect(attempts('confirm-shipment-to-modena') / started).toBeLessThan(0.15);
    expect(attempts('deliver-shipment-to-webshop')).toBe(started);
    expect(fulfilment.instances.completed).toBe(started);
  });

  it('skip another channel\'s acknowledgement for a channel\'s own orders', async () => {
    const folder = writeFolder(acknowledgingEstate());
    const { report } = await simulateFolder(folder, {
      retailgovScenario: 1,
      duration: '1m',
      traffic: [
        { channel: 'webshop', workflow: 'orders', rate: '10/s', peakMultiplier: 1 },
        { channel: 'market', workflow: 'orders', rate: '3/s', peakMultiplier: 1 },
      ],
    });
    const orders = report.workflows[0];
    const attempts = (id: string) => orders.steps.find((step) => step.id === id)?.attempts ?? 0;
    expect(attempts('capture-market-order')).toBeGreaterThan(100);
    expect(attempts('acknowledge-market-order')).toBe(attempts('capture-market-order'));
    expect(attempts('publish-order')).toBe(orders.instances.started);
    expect(orders.instances.completed).toBe(orders.instances.started);
  });
});

/** Builds an order flow in which the hub acknowledges each marketplace order to the marketplace. */
function acknowledgingEstate(): Record<string, object> {
  const capture = { to: 'oms', mode: 'sync', channelFacing: true, writes: 'order', transition: { from: 'received', to: 'accepted' },
    idempotencyKey: { in: 'header', name: 'Idempotency-Key', from: ['channel', 'order.channelOrderId'] } };
  const async = { mode: 'async', retryPolicy: 'retry', deadLetter: { queue: 'dlq', exceptionClasses: ['unavailable'] } };
  return {
    'ownership.yaml': {
      retailgov: 1,
      teams: [{ id: 'ops' }],
      systems: [
        { id: 'webshop', kind: 'ecommerce', layer: 'experience', owner: 'ops' },
        { id: 'market', kind: 'marketplace', layer: 'experience', owner: 'ops' },
        { id: 'oms', kind: 'oms', layer: 'process', owner: 'ops' },
        { id: 'hub', kind: 'middleware', layer: 'process', owner: 'ops' },
      ],
      objects: [{ id: 'order', kind: 'order', owner: 'oms' }],
      retryPolicies: [{ id: 'retry', maxAttempts: 5, initialInterval: '1s', backoffCoefficient: 2, maxInterval: '10s', jitter: 'full', timeout: '5s', retryableErrors: ['timeout'] }],
      deadLetter: {
        queues: [{ id: 'dlq', system: 'hub', owner: 'ops' }],
        exceptionClasses: [{ id: 'unavailable', kind: 'downstream-unavailable', owner: 'ops', replay: { mode: 'automatic', after: '1m' } }],
      },
      workflows: [{
        id: 'orders', object: 'order', channels: ['webshop', 'market'],
        stateMachine: { initial: 'received', states: ['received', 'accepted'], transitions: [{ from: 'received', to: 'accepted' }] },
        steps: [
          { id: 'capture-web-order', from: 'webshop', operation: { contract: 'oms', operation: 'capture' }, ...capture },
          { id: 'capture-market-order', from: 'market', operation: { contract: 'oms', operation: 'capture' }, ...capture },
          { id: 'publish-order', from: 'oms', to: 'hub', channel: { contract: 'events', channel: 'orderAccepted' }, ...async,
            idempotencyKey: { in: 'message-header', name: 'eventId', from: ['order.id'] } },
          { id: 'acknowledge-market-order', from: 'hub', to: 'market', operation: { contract: 'market', operation: 'acknowledge' }, ...async,
            idempotencyKey: { in: 'header', name: 'Idempotency-Key', from: ['order.channelOrderId'] } },
        ],
      }],
      traffic: [
        { channel: 'webshop', workflow: 'orders', expected: '10/s', peak: '10/s' },
        { channel: 'market', workflow: 'orders', expected: '3/s', peak: '3/s' },
      ],
    },
  };
}
