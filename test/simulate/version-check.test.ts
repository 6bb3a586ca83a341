import { describe, expect, it } from 'vitest';
import { hasVersionCheck } from '../../src/simulate/engine/types.js';
import type { IdempotencyKey, WorkflowStep } from '../../src/model/types.js';
import type { ScenarioSpec } from '../../src/simulate/scenario/types.js';
import { coverage, invariant, simulateFolder, writeFolder } from './helpers.js';

const SEQUENCE_IN_BODY: IdempotencyKey = { in: 'body', name: 'sequence', from: ['sku', 'availability.sequence'] };
const MOVEMENT_IN_HEADER: IdempotencyKey = { in: 'header', name: 'Idempotency-Key', from: ['warehouse.id', 'movement.id'] };

/** Builds a stock push: the OMS publishes each availability change, and the hub pushes it to a marketplace. */
function pushEstate(key: IdempotencyKey): Record<string, object> {
  const async = { mode: 'async', orderingKey: 'sku', retryPolicy: 'once', deadLetter: { queue: 'dlq', exceptionClasses: ['unavailable'] } };
  return {
    'ownership.yaml': {
      retailgov: 1,
      teams: [{ id: 'ops' }],
      systems: [
        { id: 'oms', kind: 'oms', layer: 'process', owner: 'ops' },
        { id: 'hub', kind: 'middleware', layer: 'process', owner: 'ops' },
        { id: 'market', kind: 'marketplace', layer: 'experience', owner: 'ops' },
      ],
      objects: [{ id: 'atp', kind: 'inventory-available-to-sell', owner: 'oms' }],
      // One attempt, so that a failure goes straight to the dead-letter queue and returns later.
      retryPolicies: [{ id: 'once', maxAttempts: 1, initialInterval: '1s', backoffCoefficient: 1, maxInterval: '1s', jitter: 'none', timeout: '5s', retryableErrors: ['timeout'] }],
      deadLetter: {
        queues: [{ id: 'dlq', system: 'hub', owner: 'ops' }],
        exceptionClasses: [{ id: 'unavailable', kind: 'downstream-unavailable', owner: 'ops', replay: { mode: 'automatic', after: '10s', maxReplays: 3 } }],
      },
      workflows: [{
        id: 'stock', object: 'atp', steps: [
          { id: 'publish', from: 'oms', to: 'hub', channel: { contract: 'events', channel: 'availabilityChanged' }, ...async,
            idempotencyKey: { in: 'message-header', name: 'eventId', from: ['sku', 'availability.sequence'] } },
          { id: 'push', from: 'hub', to: 'market', operation: { contract: 'market', operation: 'updateStock' }, writes: 'inventory-available-to-sell', ...async,
            idempotencyKey: key },
        ],
      }],
      traffic: [{ channel: 'oms', workflow: 'stock', expected: '20/s', peak: '20/s' }],
    },
  };
}

const SCENARIO: ScenarioSpec = {
  retailgovScenario: 1,
  duration: '1m',
  traffic: [{ channel: 'oms', workflow: 'stock', rate: '20/s', peakMultiplier: 1, keys: 10 }],
  faults: [{ kind: 'error-burst', step: 'push', start: '5s', duration: '10s', probability: 0.3 }],
};

function step(overrides: Partial<WorkflowStep>): WorkflowStep {
  return { id: 'push', from: 'hub', to: 'market', mode: 'async', orderingKey: 'sku', ...overrides };
}

describe('version check', () => {
  it('is read from a sequence, revision or version in the body', () => {
    expect(hasVersionCheck(step({ idempotencyKey: SEQUENCE_IN_BODY }))).toBe(true);
    expect(hasVersionCheck(step({ idempotencyKey: { in: 'body', name: 'revision', from: ['sku', 'product.revision', 'price.revision'] } }))).toBe(true);
    expect(hasVersionCheck(step({ idempotencyKey: { in: 'message-payload', name: 'version', from: ['sku', 'version'] } }))).toBe(true);
  });

  it('is absent for header keys, other fields, or no ordering key', () => {
    expect(hasVersionCheck(step({ idempotencyKey: MOVEMENT_IN_HEADER }))).toBe(false);
    expect(hasVersionCheck(step({ idempotencyKey: { in: 'message-header', name: 'eventId', from: ['sku', 'availability.sequence'] } }))).toBe(false);
    expect(hasVersionCheck(step({ idempotencyKey: { in: 'body', name: 'ref', from: ['sku', 'movement.id'] } }))).toBe(false);
    expect(hasVersionCheck(step({ idempotencyKey: SEQUENCE_IN_BODY, orderingKey: undefined }))).toBe(false);
  });

  it('drops a replayed message older than the newest applied', async () => {
    const { report } = await simulateFolder(writeFolder(pushEstate(SEQUENCE_IN_BODY)), SCENARIO);
    expect(coverage(report, 'replayed')).toBeGreaterThan(0);
    expect(coverage(report, 'stale-dropped')).toBeGreaterThan(0);
    const push = report.workflows[0].steps.find((candidate) => candidate.id === 'push')!;
    expect(push.staleDropped).toBe(coverage(report, 'stale-dropped'));
    expect(invariant(report, 'per-key-order').passed).toBe(true);
  });

  it('lets a replay overwrite newer stock without one', async () => {
    const { report } = await simulateFolder(writeFolder(pushEstate(MOVEMENT_IN_HEADER)), SCENARIO);
    expect(coverage(report, 'stale-dropped')).toBe(0);
    const order = invariant(report, 'per-key-order');
    expect(order.passed).toBe(false);
    expect(order.violations[0].message).toMatch(/replayed from a dead-letter queue after later messages of its key went on/);
  });
});
