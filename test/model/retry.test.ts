import { describe, expect, it } from 'vitest';
import { attemptsMultiplier, retryBudget, retryWait } from '../../src/model/retry.js';
import type { RetryPolicy } from '../../src/model/types.js';

function policy(overrides: Partial<RetryPolicy>): RetryPolicy {
  return {
    id: 'erp-post',
    maxAttempts: 5,
    initialInterval: '1s',
    backoffCoefficient: 2,
    maxInterval: '5s',
    jitter: 'full',
    timeout: '2s',
    retryableErrors: ['downstream-unavailable'],
    ...overrides,
  };
}

describe('retryWait', () => {
  it('grows by the coefficient until the cap', () => {
    const waits = [1, 2, 3, 4, 5].map((retry) => retryWait(policy({}), retry));
    expect(waits).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('returns undefined for a malformed interval', () => {
    expect(retryWait(policy({ initialInterval: 'soon' }), 1)).toBeUndefined();
  });
});

describe('retryBudget', () => {
  it('adds capped waits and attempt timeouts', () => {
    // Waits 1s + 2s + 4s + 5s; five attempts of 2s.
    expect(retryBudget(policy({}))).toEqual({ waits: 12_000, attempts: 10_000, total: 22_000 });
  });

  it('has no waits for a single attempt', () => {
    expect(retryBudget(policy({ maxAttempts: 1 }))).toEqual({ waits: 0, attempts: 2000, total: 2000 });
  });

  it('keeps constant waits with coefficient 1', () => {
    expect(retryBudget(policy({ backoffCoefficient: 1, maxAttempts: 4 }))).toEqual({ waits: 3000, attempts: 8000, total: 11_000 });
  });

  it('caps every wait when maxInterval is below initialInterval', () => {
    const budget = retryBudget(policy({ initialInterval: '10s', maxInterval: '3s', maxAttempts: 3 }));
    expect(budget).toEqual({ waits: 6000, attempts: 6000, total: 12_000 });
  });

  it('handles a huge maxAttempts in closed form', () => {
    const budget = retryBudget(policy({ maxAttempts: 1_000_000_000, timeout: '1ms' }));
    expect(budget?.waits).toBe(1000 + 2000 + 4000 + 5000 * (1_000_000_000 - 4));
    expect(budget?.attempts).toBe(1_000_000_000);
  });

  it('returns undefined for a malformed timeout', () => {
    expect(retryBudget(policy({ timeout: 'forever' }))).toBeUndefined();
  });
});

describe('attemptsMultiplier', () => {
  it('is maxAttempts of the policy', () => {
    expect(attemptsMultiplier(policy({ maxAttempts: 6 }))).toBe(6);
  });

  it('is 1 without a policy', () => {
    expect(attemptsMultiplier(undefined)).toBe(1);
  });
});
