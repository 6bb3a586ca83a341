import { describe, expect, it } from 'vitest';
import type { ScenarioSpec } from '../../src/simulate/scenario/types.js';
import { coverage, invariant, simulateFolder, writeFolder } from './helpers.js';

const POLICY = {
  id: 'retry', maxAttempts: 8, initialInterval: '500ms', backoffCoefficient: 2, maxInterval: '10s', jitter: 'full',
  timeout: '5s', retryableErrors: ['timeout', 'connection', 'http-503'],
};
const DEAD_LETTER = {
  queues: [{ id: 'dlq', system: 'hub', owner: 'ops' }],
  exceptionClasses: [{ id: 'unavailable', kind: 'downstream-unavailable', owner: 'ops', replay: { mode: 'automatic', after: '1m', maxReplays: 3 } }],
};

/** Builds a stock feed: the WMS publishes each movement, and the hub applies it to the OMS and the ERP. */
function stockEstate(ordered: boolean): Record<string, object> {
  const key = ordered ? { orderingKey: 'sku' } : {};
  const async = { mode: 'async', retryPolicy: 'retry', deadLetter: { queue: 'dlq', exceptionClasses: ['unavailable'] }, ...key };
  return {
    'ownership.yaml': {
      retailgov: 1,
      teams: [{ id: 'ops' }],
      systems: [
        { id: 'wms', kind: 'wms', layer: 'system', owner: 'ops' },
        { id: 'hub', kind: 'middleware', layer: 'process', owner: 'ops' },
        { id: 'oms', kind: 'oms', layer: 'process', owner: 'ops' },
        { id: 'erp', kind: 'erp', layer: 'system', owner: 'ops' },
      ],
      objects: [{ id: 'atp', kind: 'inventory-available-to-sell', owner: 'oms' }],
      retryPolicies: [POLICY],
      deadLetter: DEAD_LETTER,
      workflows: [{
        id: 'stock', object: 'atp', steps: [
          { id: 'publish', from: 'wms', to: 'hub', channel: { contract: 'stock-events', channel: 'stockChanged' }, idempotencyKey: { in: 'message-header', name: 'eventId', from: ['movement.id'] }, ...async },
          { id: 'apply', from: 'hub', to: 'oms', operation: { contract: 'oms', operation: 'apply' }, writes: 'inventory-available-to-sell', idempotencyKey: { in: 'header', name: 'Idempotency-Key', from: ['movement.id'] }, ...async },
          { id: 'post', from: 'hub', to: 'erp', operation: { contract: 'erp', operation: 'post' }, writes: 'stock-adjustment', idempotencyKey: { in: 'header', name: 'Idempotency-Key', from: ['movement.id'] }, ...async },
        ],
      }],
      traffic: [{ channel: 'wms', workflow: 'stock', expected: '20/s', peak: '20/s' }],
    },
  };
}

function stockScenario(faults: object[]): ScenarioSpec {
  return {
    retailgovScenario: 1, duration: '2m', traffic: [{ channel: 'wms', workflow: 'stock', rate: '20/s', peakMultiplier: 1, keys: 20 }],
    faults: faults as ScenarioSpec['faults'],
  };
}

describe('per-key order and stock divergence', () => {
  const faults = [
    { kind: 'reordering', probability: 0.2, maxDelay: '3s' },
    // Calls hang until their timeout, so every message outlives the outage without a dead letter.
    { kind: 'outage', system: 'erp', start: '30s', duration: '20s', error: 'timeout' },
  ];

  it('hold with an ordering key, through reordering and an ERP outage', async () => {
    const { report } = await simulateFolder(writeFolder(stockEstate(true)), stockScenario(faults));
    expect(invariant(report, 'per-key-order').passed).toBe(true);
    expect(invariant(report, 'per-key-order').checked).toBeGreaterThan(5000);
    expect(invariant(report, 'stock-divergence-bounded').passed).toBe(true);
    expect(coverage(report, 'resequenced')).toBeGreaterThan(0);
    expect(report.deadLetters).toEqual([]);
  });

  it('break when a dead-lettered movement is replayed after newer ones', async () => {
    const outage = [{ kind: 'outage', system: 'erp', start: '30s', duration: '20s', error: 'http-503' }];
    const { report } = await simulateFolder(writeFolder(stockEstate(true)), stockScenario(outage));
    expect(coverage(report, 'replayed')).toBeGreaterThan(0);
    expect(invariant(report, 'per-key-order').violations[0].message).toMatch(/replayed from a dead-letter queue after later messages of its key went on/);
  });

  it('break without an ordering key', async () => {
    const { report } = await simulateFolder(writeFolder(stockEstate(false)), stockScenario(faults));
    const order = invariant(report, 'per-key-order');
    expect(order.passed).toBe(false);
    expect(order.violations[0].message).toMatch(/applied message \d+ of key \d+ after message \d+, because the step declares no ordering key/);
    expect(invariant(report, 'stock-divergence-bounded').passed).toBe(false);
  });

  it('report a lag above the bound while a view falls behind', async () => {
    const spec = { ...stockScenario([{ kind: 'outage', system: 'erp', start: '10s', duration: '50s', error: 'http-503' }]), checks: { stockDivergence: { maxLag: '20s' } } };
    const { report } = await simulateFolder(writeFolder(stockEstate(true)), spec);
    const divergence = invariant(report, 'stock-divergence-bounded');
    expect(divergence.passed).toBe(false);
    expect(divergence.violations[0].message).toMatch(/^erp lags on key \d+ by .*above the bound of 20s/);
  });
});

/** Builds a return flow: the web shop registers a return, and the hub requests the refund from the gateway. */
function returnsEstate(refundKey: boolean): Record<string, object> {
  const refundStep: Record<string, unknown> = {
    id: 'refund', from: 'hub', to: 'gateway', operation: { contract: 'payments', operation: 'refund' }, mode: 'async', writes: 'refund',
    retryPolicy: 'retry', deadLetter: { queue: 'dlq', exceptionClasses: ['unavailable'] },
  };
  if (refundKey) refundStep.idempotencyKey = { in: 'header', name: 'Idempotency-Key', from: ['return.id'] };
  return {
    'ownership.yaml': {
      retailgov: 1,
      teams: [{ id: 'ops' }],
      systems: [
        { id: 'webshop', kind: 'ecommerce', layer: 'experience', owner: 'ops' },
        { id: 'oms', kind: 'oms', layer: 'process', owner: 'ops' },
        { id: 'hub', kind: 'middleware', layer: 'process', owner: 'ops' },
        { id: 'gateway', kind: 'payment', layer: 'system', owner: 'ops' },
      ],
      objects: [{ id: 'return', kind: 'return', owner: 'oms' }],
      retryPolicies: [POLICY],
      deadLetter: DEAD_LETTER,
      workflows: [{
        id: 'returns', object: 'return', channels: ['webshop'], steps: [
          { id: 'register', from: 'webshop', to: 'oms', operation: { contract: 'oms', operation: 'register' }, mode: 'sync', channelFacing: true, writes: 'return', idempotencyKey: { in: 'header', name: 'Idempotency-Key', from: ['return.id'] } },
          { id: 'publish', from: 'oms', to: 'hub', channel: { contract: 'events', channel: 'returnReceived' }, mode: 'async', retryPolicy: 'retry', idempotencyKey: { in: 'message-header', name: 'eventId', from: ['return.id'] }, deadLetter: { queue: 'dlq', exceptionClasses: ['unavailable'] } },
          refundStep,
        ],
      }],
      traffic: [{ channel: 'webshop', workflow: 'returns', expected: '5/s', peak: '5/s' }],
    },
  };
}

describe('refunds', () => {
  const spec: ScenarioSpec = { retailgovScenario: 1, duration: '1m', faults: [{ kind: 'lost-ack', system: 'gateway', probability: 0.1 }] };

  it('match their returns when the refund step is idempotent', async () => {
    const { report } = await simulateFolder(writeFolder(returnsEstate(true)), { ...spec, traffic: [{ channel: 'webshop', workflow: 'returns' }] });
    const refunds = invariant(report, 'refund-matches-return');
    expect(refunds.passed).toBe(true);
    expect(refunds.checked).toBeGreaterThan(200);
  });

  it('double when a lost answer is retried without a key', async () => {
    const { report } = await simulateFolder(writeFolder(returnsEstate(false)), { ...spec, traffic: [{ channel: 'webshop', workflow: 'returns' }] });
    const refunds = invariant(report, 'refund-matches-return');
    expect(refunds.passed).toBe(false);
    expect(refunds.violations[0].message).toMatch(/gateway refunded return \d+ 2 times, because the refund step declares no idempotency key/);
  });
});
