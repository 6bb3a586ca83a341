/**
 * Retries: whether a failed attempt is retried under the step's policy, and how long the caller
 * waits first (exponential backoff capped at maxInterval, with the policy's jitter drawn from the
 * step's seeded stream, and the target's Retry-After when the policy honours it).
 */
import { PATH } from '../metrics/coverage.js';
import type { Random } from '../rng.js';
import { sendAttempt } from './calls.js';
import { deadLetter } from './dead-letter.js';
import { isRetryable } from './errors.js';
import { EVENT } from './events.js';
import type { Simulation } from './simulation.js';
import { traceMessage } from './trace.js';
import type { Message, RetrySettings, SimStep } from './types.js';

/**
 * Wait before a failed poll is repeated when its step has no retry policy left and no dead-letter
 * route: the message stays at its source, and the next poll fetches it again.
 */
export const REPOLL_INTERVAL = 10_000;

/** Returns the wait before the next attempt of `message`, which has made `message.attempt` attempts. */
export function backoff(policy: RetrySettings, message: Message, random: Random): number {
  const retry = message.attempt;
  const base = Math.min(policy.initial * policy.coefficient ** (retry - 1), policy.cap);
  switch (policy.jitter) {
    case 'none':
      return base;
    case 'full':
      return random.uniform(0, base);
    case 'equal':
      return base / 2 + random.uniform(0, base / 2);
    default: {
      // Decorrelated jitter: a random wait between the initial interval and three times the last.
      const previous = message.previousWait > 0 ? message.previousWait : policy.initial;
      const wait = Math.min(policy.cap, random.uniform(policy.initial, Math.max(policy.initial, previous * 3)));
      message.previousWait = wait;
      return wait;
    }
  }
}

function retries(step: SimStep, error: string): boolean {
  let retryable = step.retryableCache.get(error);
  if (retryable === undefined) {
    retryable = isRetryable(step.retry!, error, step.deadLetter);
    step.retryableCache.set(error, retryable);
  }
  return retryable;
}

/** Handles an attempt that failed with `error`: retries it, or dead-letters the message. */
export function handleFailure(sim: Simulation, message: Message, error: string, retryAfter: number | undefined): void {
  const step = message.node.step;
  const policy = step.retry;
  if (sim.log !== undefined) traceMessage(sim, 'error', message, `,"error":"${error}"`);
  if (policy !== undefined && message.attempt < policy.maxAttempts && retries(step, error)) {
    let wait = backoff(policy, message, step.retryRandom);
    if (retryAfter !== undefined && policy.honourRetryAfter && retryAfter > wait) {
      wait = retryAfter;
      sim.coverage.note(PATH['retry-after-honoured'], message.faulted);
    }
    sim.coverage.note(PATH.retried, message.faulted);
    sim.queue.push(sim.now + wait, EVENT.retry, message);
    return;
  }
  if (message.node.isPull && step.deadLetter === undefined) {
    sim.coverage.note(PATH.retried, message.faulted);
    sim.queue.push(sim.now + REPOLL_INTERVAL, EVENT.retry, message);
    return;
  }
  deadLetter(sim, message, error);
}

export function onRetry(sim: Simulation, message: Message): void {
  sendAttempt(sim, message);
}
