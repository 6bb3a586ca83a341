import { describe, expect, it } from 'vitest';
import { backoff } from '../../src/simulate/engine/retry.js';
import { Message } from '../../src/simulate/engine/types.js';
import { streamFor } from '../../src/simulate/rng.js';
import type { RetrySettings } from '../../src/simulate/engine/types.js';
import { coverage, invariant, orderEstate, orderScenario, simulateFolder, writeFolder } from './helpers.js';

function step(report: Awaited<ReturnType<typeof simulateFolder>>['report'], id: string) {
  return report.workflows[0].steps.find((candidate) => candidate.id === id)!;
}

describe('idempotent receiver', () => {
  it('suppresses every duplicate delivery when the step declares a key', async () => {
    const folder = writeFolder(orderEstate());
    const { report } = await simulateFolder(folder, orderScenario('1m', [{ kind: 'duplicate-delivery', step: 'post-order', probability: 1 }]));
    const posting = step(report, 'post-order');
    expect(posting.duplicateDeliveries).toBeGreaterThan(1000);
    expect(posting.duplicatesSuppressed).toBe(posting.duplicateDeliveries);
    expect(posting.duplicateApplications).toBe(0);
    expect(invariant(report, 'no-duplicate-erp-posting').passed).toBe(true);
  });

  it('applies duplicates again without a key', async () => {
    const folder = writeFolder(orderEstate({ erpKey: false }));
    const { report } = await simulateFolder(folder, orderScenario('1m', [{ kind: 'duplicate-delivery', step: 'post-order', probability: 0.1 }]));
    const posting = step(report, 'post-order');
    expect(posting.duplicateApplications).toBe(posting.duplicateDeliveries);
    const check = invariant(report, 'no-duplicate-erp-posting');
    expect(check.passed).toBe(false);
    expect(check.violationCount).toBe(posting.duplicateApplications);
    expect(check.violations[0].message).toMatch(/booked the order of instance \d+ 2 times .*declares no idempotency key/);
  });

  it('recognises the retry after a lost acknowledgement', async () => {
    const folder = writeFolder(orderEstate());
    const { report } = await simulateFolder(folder, orderScenario('1m', [{ kind: 'lost-ack', system: 'erp', probability: 0.2 }]));
    expect(coverage(report, 'timeout')).toBeGreaterThan(0);
    expect(step(report, 'post-order').duplicatesSuppressed).toBe(coverage(report, 'timeout'));
    expect(report.passed).toBe(true);
  });
});

describe('retries', () => {
  const policy: RetrySettings = {
    id: 'test', maxAttempts: 5, initial: 1000, cap: 5000, coefficient: 3, jitter: 'none', honourRetryAfter: false, retryable: new Set(),
  };

  it('back off exponentially up to the cap', () => {
    const random = streamFor(1, 'backoff');
    const waits = [1, 2, 3, 4].map((attempt) => {
      const message = { attempt, previousWait: 0 } as Message;
      return backoff(policy, message, random);
    });
    expect(waits).toEqual([1000, 3000, 5000, 5000]);
  });

  it('spread full and equal jitter within their bounds', () => {
    const random = streamFor(1, 'jitter');
    for (let i = 0; i < 1000; i++) {
      const message = { attempt: 2, previousWait: 0 } as Message;
      const full = backoff({ ...policy, jitter: 'full' }, message, random);
      const equal = backoff({ ...policy, jitter: 'equal' }, message, random);
      expect(full).toBeGreaterThanOrEqual(0);
      expect(full).toBeLessThan(3000);
      expect(equal).toBeGreaterThanOrEqual(1500);
      expect(equal).toBeLessThan(3000);
    }
  });

  it('ride out an error burst shorter than the retry budget', async () => {
    const folder = writeFolder(orderEstate());
    const { report } = await simulateFolder(folder, orderScenario('2m', [{ kind: 'error-burst', system: 'erp', start: '30s', duration: '3s', probability: 1 }]));
    expect(coverage(report, 'retry-succeeded')).toBeGreaterThan(0);
    expect(report.deadLetters).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('wait for Retry-After when the policy honours it', async () => {
    const folder = writeFolder(orderEstate({ retry: { initialInterval: '10ms', maxInterval: '10ms' } }));
    const { report } = await simulateFolder(folder, orderScenario('1m', [{ kind: 'error-burst', system: 'erp', probability: 0.3, error: 'http-429', retryAfter: '3s' }]));
    expect(coverage(report, 'retry-after-honoured')).toBe(coverage(report, 'retried'));
    expect(step(report, 'post-order').latency.max).toBeGreaterThanOrEqual(3000);
  });
});

describe('dead letters', () => {
  it('route errors by kind to owners', async () => {
    const folder = writeFolder(orderEstate());
    const { report } = await simulateFolder(folder, orderScenario('1m', [{ kind: 'outage', system: 'erp', start: '10s', duration: '2m', error: 'http-503' }]));
    const unavailable = report.deadLetters.find((entry) => entry.exceptionClass === 'erp-unavailable')!;
    expect(unavailable.owner).toBe('finance');
    expect(unavailable.replayed).toBeGreaterThan(0);
    expect(coverage(report, 'replay-succeeded')).toBeGreaterThan(0);
    expect(invariant(report, 'nothing-lost').passed).toBe(true);
    expect(report.workflows[0].instances.failed).toBe(0);
  });

  it('keep a business-rule rejection in the queue for a person', async () => {
    const folder = writeFolder(orderEstate());
    const { report } = await simulateFolder(folder, orderScenario('30s', [{ kind: 'error-burst', system: 'erp', probability: 0.1, error: 'http-422' }]));
    const rejected = report.deadLetters.find((entry) => entry.exceptionClass === 'erp-rejected')!;
    expect(rejected.remaining).toBe(rejected.count);
    expect(report.workflows[0].instances.failed).toBe(rejected.count);
    expect(invariant(report, 'nothing-lost').passed).toBe(true);
    // A failed order never reaches the ERP, so it counts as slower than the SLA's max.
    expect(report.workflows[0].slaMet).toBe(false);
  });

  it('lose a message whose step has no dead-letter route', async () => {
    const folder = writeFolder(orderEstate({ deadLetter: null }));
    const { report } = await simulateFolder(folder, orderScenario('30s', [{ kind: 'error-burst', system: 'erp', probability: 0.05, error: 'http-400' }]));
    const lost = invariant(report, 'nothing-lost');
    expect(lost.passed).toBe(false);
    expect(lost.violations[0].message).toMatch(/failed with http-400 and has no dead-letter route/);
  });

  it('lose a message whose exception class has no owner', async () => {
    const folder = writeFolder(orderEstate({
      exceptionClasses: [
        { id: 'erp-unavailable', kind: 'downstream-unavailable' },
        { id: 'erp-rejected', kind: 'business-rule', owner: 'finance' },
        { id: 'hub-unavailable', kind: 'downstream-unavailable', owner: 'integration' },
      ],
    }));
    // The queue has an owner, so the message is not lost; without one it would be.
    const { report } = await simulateFolder(folder, orderScenario('30s', [{ kind: 'outage', system: 'erp', start: '5s', duration: '5m', error: 'connection' }]));
    expect(report.deadLetters[0].owner).toBe('finance');
    expect(invariant(report, 'nothing-lost').passed).toBe(true);
  });
});

describe('rate limits and back-pressure', () => {
  it('hold calls above the ERP limit at the caller and report the invariant', async () => {
    const folder = writeFolder(orderEstate({ erpLimit: '5/s' }));
    const { report } = await simulateFolder(folder, orderScenario('30s', [], '20/s'));
    const erp = report.systems.find((system) => system.id === 'erp')!;
    expect(erp.throttled).toBeGreaterThan(0);
    // The hub paces its calls at the declared limit, so none meets a 429 at the ERP.
    expect(erp.rateLimited.rejected).toBe(0);
    const check = invariant(report, 'erp-rate-limit-respected');
    expect(check.passed).toBe(false);
    expect(check.violations[0].message).toMatch(/^calls offered to erp went over its limit of 5\/s in second \d+ of the run; integration-hub throttled them$/);
  });

  it('reject duplicate copies that bunch up above the ERP limit', async () => {
    const folder = writeFolder(orderEstate({ erpLimit: '5/s' }));
    const { report } = await simulateFolder(folder, orderScenario('30s', [{ kind: 'duplicate-delivery', step: 'post-order', probability: 1, maxDelay: '100ms' }], '4/s'));
    const erp = report.systems.find((system) => system.id === 'erp')!;
    // Copies bypass the caller's throttle, so they take tokens the ERP's own bucket lacks.
    expect(erp.rateLimited.rejected).toBeGreaterThan(0);
    const messages = invariant(report, 'erp-rate-limit-respected').violations.map((violation) => violation.message);
    expect(messages.some((message) => message.endsWith('; erp rejected them'))).toBe(true);
  });

  for (const [backPressure, path] of [['reject-429', 'back-pressure-rejected'], ['shed-load', 'load-shed'], ['queue', 'back-pressure-queued']] as const) {
    it(`apply ${backPressure} at the channel limit`, async () => {
      const folder = writeFolder(orderEstate({ traffic: { rateLimit: { limit: '5/s', burst: 5 }, backPressure } }));
      const { report } = await simulateFolder(folder, orderScenario('20s', [], '20/s'));
      const { instances } = report.workflows[0];
      expect(coverage(report, path)).toBeGreaterThan(0);
      if (backPressure === 'queue') {
        expect(instances.rejected + instances.shed).toBe(0);
        expect(instances.started).toBe(report.totals.requests);
      } else {
        expect(instances.started + instances.rejected + instances.shed).toBe(report.totals.requests);
        expect(instances.started).toBeLessThan(report.totals.requests);
      }
    });
  }
});

describe('capacity and outages', () => {
  it('queue calls beyond a system\'s concurrency', async () => {
    const folder = writeFolder(orderEstate({ retry: { timeout: '5m' } }));
    const spec = orderScenario('30s', [], '20/s', { systems: { erp: { concurrency: 1, serviceTime: { distribution: 'constant', value: '100ms' } } } });
    const { report } = await simulateFolder(folder, spec);
    // One call at a time of 100ms each serves 10 a second, half the offered 20.
    expect(step(report, 'post-order').latency.max).toBeGreaterThan(10_000);
    expect(report.backlog.timeToDrain).toBeGreaterThan(10_000);
    expect(coverage(report, 'timeout')).toBe(0);
  });

  it('refuse an order at the channel when a step it waits on fails', async () => {
    const folder = writeFolder(orderEstate());
    const { report } = await simulateFolder(folder, orderScenario('20s', [{ kind: 'outage', system: 'oms', start: '5s', duration: '5s', error: 'http-503' }]));
    expect(report.workflows[0].instances.refused).toBeGreaterThan(50);
    expect(coverage(report, 'refused-at-channel')).toBe(report.workflows[0].instances.refused);
    expect(invariant(report, 'nothing-lost').passed).toBe(true);
  });
});
