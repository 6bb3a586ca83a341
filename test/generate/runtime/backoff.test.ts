import { describe, expect, it } from 'vitest';
import { exponentialDelay, isRetryable, nextDelay, seededRandom, type RetryPolicy } from '../../../runtime/backoff.js';

const policy = (jitter: RetryPolicy['jitter']): RetryPolicy => ({
  maxAttempts: 6,
  initialIntervalMs: 2000,
  backoffCoefficient: 2,
  maxIntervalMs: 20_000,
  jitter,
  retryableErrors: ['timeout', 'http-429', 'http-5xx'],
});

/** Waits before retries 1..count, feeding each wait back as the previous one. */
function sequence(retryPolicy: RetryPolicy, random: () => number, count: number): number[] {
  const delays: number[] = [];
  let previous: number | undefined;
  for (let retry = 1; retry <= count; retry++) {
    previous = nextDelay(retryPolicy, retry, previous, random);
    delays.push(previous);
  }
  return delays;
}

describe('exponentialDelay', () => {
  it('doubles from the initial interval up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((retry) => exponentialDelay(policy('none'), retry))).toEqual([2000, 4000, 8000, 16_000, 20_000, 20_000]);
  });
});

describe('nextDelay', () => {
  it('none waits the exponential delay', () => {
    expect(sequence(policy('none'), () => 0.99, 5)).toEqual([2000, 4000, 8000, 16_000, 20_000]);
  });

  it('full scales the delay by the random value', () => {
    expect(sequence(policy('full'), () => 0.5, 5)).toEqual([1000, 2000, 4000, 8000, 10_000]);
    expect(sequence(policy('full'), () => 0, 3)).toEqual([0, 0, 0]);
  });

  it('equal keeps half the delay fixed', () => {
    expect(sequence(policy('equal'), () => 0.5, 5)).toEqual([1500, 3000, 6000, 12_000, 15_000]);
    expect(sequence(policy('equal'), () => 0, 2)).toEqual([1000, 2000]);
  });

  it('decorrelated draws between the initial interval and three times the previous wait', () => {
    // r = 0.5: 2000 + 0.5 * (3 * previous - 2000), capped at 20000.
    expect(sequence(policy('decorrelated'), () => 0.5, 5)).toEqual([4000, 7000, 11_500, 18_250, 20_000]);
    expect(sequence(policy('decorrelated'), () => 0, 3)).toEqual([2000, 2000, 2000]);
  });

  it('repeats the same sequence for the same seed', () => {
    for (const jitter of ['full', 'equal', 'decorrelated'] as const) {
      const first = sequence(policy(jitter), seededRandom(42), 5);
      expect(sequence(policy(jitter), seededRandom(42), 5)).toEqual(first);
      expect(sequence(policy(jitter), seededRandom(43), 5)).not.toEqual(first);
    }
  });

  it('keeps seeded full jitter within its bounds', () => {
    const random = seededRandom(7);
    for (let retry = 1; retry <= 200; retry++) {
      const delay = nextDelay(policy('full'), (retry % 6) + 1, undefined, random);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(exponentialDelay(policy('full'), (retry % 6) + 1));
    }
  });
});

describe('seededRandom', () => {
  it('returns values in [0, 1) that average about one half', () => {
    const random = seededRandom(123);
    const values = Array.from({ length: 10_000 }, () => random());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe('isRetryable', () => {
  it('matches exact codes and status ranges', () => {
    const retryPolicy = policy('none');
    expect(isRetryable(retryPolicy, 'timeout')).toBe(true);
    expect(isRetryable(retryPolicy, 'http-429')).toBe(true);
    expect(isRetryable(retryPolicy, 'http-503')).toBe(true);
    expect(isRetryable(retryPolicy, 'http-400')).toBe(false);
    expect(isRetryable(retryPolicy, 'connection')).toBe(false);
    expect(isRetryable(retryPolicy, 'http-5000')).toBe(false);
  });
});
