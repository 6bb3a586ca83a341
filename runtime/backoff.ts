/** Retry policies and the wait before each retry, with jitter from an injectable random source. */

export type Jitter = 'none' | 'full' | 'equal' | 'decorrelated';

/** A retry policy with its durations in milliseconds. */
export interface RetryPolicy {
  id?: string;
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  initialIntervalMs: number;
  backoffCoefficient: number;
  maxIntervalMs: number;
  jitter: Jitter;
  /** Timeout of one attempt; undefined for none. */
  timeoutMs?: number;
  /** Error codes that are retried: `timeout`, `connection`, `http-429`, `http-5xx` and so on. */
  retryableErrors: readonly string[];
  /** Wait the time a response's Retry-After header requests instead of the computed backoff. */
  honourRetryAfter?: boolean;
}

/** Returns a number in [0, 1); Math.random fits. */
export type RandomSource = () => number;

/** Returns the exponential wait before retry `retry` (1 for the wait after the first attempt), before jitter. */
export function exponentialDelay(policy: RetryPolicy, retry: number): number {
  const delay = policy.initialIntervalMs * policy.backoffCoefficient ** Math.max(0, retry - 1);
  return Math.min(delay, policy.maxIntervalMs);
}

/**
 * Returns the wait before retry `retry`. `previousDelay` is the wait before the previous retry
 * (used by decorrelated jitter; pass undefined for the first retry).
 * - none: the exponential delay;
 * - full: uniform in [0, delay);
 * - equal: delay/2 plus uniform in [0, delay/2);
 * - decorrelated: uniform in [initial, 3 * previous), capped at maxInterval.
 */
export function nextDelay(policy: RetryPolicy, retry: number, previousDelay: number | undefined, random: RandomSource): number {
  const delay = exponentialDelay(policy, retry);
  switch (policy.jitter) {
    case 'none':
      return delay;
    case 'full':
      return random() * delay;
    case 'equal':
      return delay / 2 + random() * (delay / 2);
    case 'decorrelated': {
      const previous = previousDelay ?? policy.initialIntervalMs;
      const upper = Math.max(policy.initialIntervalMs, previous * 3);
      return Math.min(policy.maxIntervalMs, policy.initialIntervalMs + random() * (upper - policy.initialIntervalMs));
    }
  }
}

/** Returns whether `errorCode` is retryable under the policy; `http-5xx` and `http-4xx` cover their ranges. */
export function isRetryable(policy: RetryPolicy, errorCode: string): boolean {
  return policy.retryableErrors.some((declared) => {
    if (declared === errorCode) return true;
    const range = /^http-([1-5])xx$/i.exec(declared);
    return range !== null && new RegExp(`^http-${range[1]}\\d\\d$`).test(errorCode);
  });
}

/** Creates a seeded pseudo-random source (mulberry32) that repeats its sequence for the same seed, for tests and simulations. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
