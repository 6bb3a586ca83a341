/** Worst-case arithmetic of a retry policy, shared by the governance rules and the simulator. */
import type { RetryPolicy } from './types.js';
import { parseDuration } from './units.js';

/** The worst-case time one call can take under a retry policy, in milliseconds. */
export interface RetryBudget {
  /** Sum of the waits between attempts. */
  waits: number;
  /** maxAttempts times the timeout of one attempt. */
  attempts: number;
  total: number;
}

/**
 * Returns the wait before retry `retry` (1 for the wait after the first attempt), in milliseconds:
 * `min(initialInterval * backoffCoefficient^(retry-1), maxInterval)`.
 */
export function retryWait(policy: RetryPolicy, retry: number): number | undefined {
  const initial = parseDuration(policy.initialInterval);
  const cap = parseDuration(policy.maxInterval);
  if (initial === undefined || cap === undefined) return undefined;
  return Math.min(initial * policy.backoffCoefficient ** (retry - 1), cap);
}

/**
 * Returns the worst-case retry budget of a policy: every attempt runs into its timeout and every
 * wait reaches its upper bound. Returns undefined when a duration of the policy does not parse.
 * NOTE: a server's Retry-After (`honourRetryAfter`) and decorrelated jitter can wait longer than
 * the exponential bound; the budget does not model either.
 */
export function retryBudget(policy: RetryPolicy): RetryBudget | undefined {
  const timeout = parseDuration(policy.timeout);
  if (timeout === undefined) return undefined;
  const attemptCount = Math.max(1, Math.floor(policy.maxAttempts));
  const coefficient = policy.backoffCoefficient;
  let waits = 0;
  for (let retry = 1; retry < attemptCount; retry++) {
    const wait = retryWait(policy, retry);
    if (wait === undefined) return undefined;
    // Once the waits stop changing, the remaining ones are equal: add them at once, so that an
    // unbounded maxAttempts does not loop for long.
    const isConstantFromHere = coefficient === 1 || (coefficient > 1 && wait === parseDuration(policy.maxInterval));
    if (isConstantFromHere) {
      waits += wait * (attemptCount - retry);
      break;
    }
    if (coefficient < 1 && wait < 1e-6) break;
    waits += wait;
  }
  const attempts = attemptCount * timeout;
  return { waits, attempts, total: waits + attempts };
}

/** Returns how many calls one request can cause downstream: maxAttempts, or 1 without a policy. */
export function attemptsMultiplier(policy: RetryPolicy | undefined): number {
  if (policy === undefined) return 1;
  return Math.max(1, Math.floor(policy.maxAttempts));
}
