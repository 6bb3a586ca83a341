/** The retry loop shared by HTTP calls and event publishing and consuming. */
import { isRetryable, nextDelay, type RandomSource, type RetryPolicy } from './backoff.js';
import { InvalidRequestError } from './exceptions.js';
import { createAbortController, setTimer, waitUnlessAborted, type AbortSignalLike } from './platform.js';
import type { Sleep } from './rate-limit.js';

/** The outcome of one attempt: `errorCode` is undefined on success. */
export interface AttemptResult<T> {
  value: T;
  errorCode?: string;
  /** The wait a Retry-After header asked for, in milliseconds. */
  retryAfterMs?: number;
}

/** A retry about to happen, for logging and metrics. */
export interface RetryEvent {
  /** The attempt that failed, 1 for the first. */
  attempt: number;
  errorCode: string;
  delayMs: number;
  reason: 'backoff' | 'retry-after';
}

export interface RetryOptions {
  /** Undefined: one attempt, no retry. */
  policy?: RetryPolicy | undefined;
  sleep: Sleep;
  random: RandomSource;
  /** Stops retrying once aborted, also in the middle of a wait. */
  signal?: AbortSignalLike;
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryOutcome<T> {
  last: AttemptResult<T>;
  attempts: number;
  /** Whether the last error code is retryable under the policy (false on success). */
  retryable: boolean;
  /** True when `signal` aborted while another attempt was still due: the caller cancelled the work. */
  aborted: boolean;
  /**
   * The wait the server's Retry-After asked for when it was longer than the policy's maxInterval.
   * The retries end there, so the failure is classified instead of waiting past the policy.
   */
  retryAfterExceededMs?: number;
}

/**
 * Runs `attempt` until it succeeds, its error is not retryable, the policy's attempts are used up,
 * or `signal` aborts. Between attempts it waits the policy's backoff, or the server's Retry-After
 * when the policy honours it. A Retry-After longer than the policy's maxInterval ends the retries.
 */
export async function runWithRetry<T>(attempt: (attemptNumber: number) => Promise<AttemptResult<T>>, options: RetryOptions): Promise<RetryOutcome<T>> {
  const policy = options.policy;
  const maxAttempts = policy === undefined ? 1 : Math.max(1, Math.floor(policy.maxAttempts));
  let previousDelay: number | undefined;
  for (let attemptNumber = 1; ; attemptNumber++) {
    const last = await attempt(attemptNumber);
    const stop = { last, attempts: attemptNumber, aborted: false };
    if (last.errorCode === undefined) return { ...stop, retryable: false };
    const retryable = policy !== undefined && isRetryable(policy, last.errorCode);
    if (!retryable || attemptNumber >= maxAttempts) return { ...stop, retryable };
    if (options.signal?.aborted === true) return { ...stop, retryable, aborted: true };

    const useRetryAfter = policy.honourRetryAfter === true && last.retryAfterMs !== undefined;
    if (useRetryAfter && !((last.retryAfterMs as number) <= policy.maxIntervalMs)) {
      return { ...stop, retryable, retryAfterExceededMs: last.retryAfterMs as number };
    }
    const delay = useRetryAfter ? (last.retryAfterMs as number) : nextDelay(policy, attemptNumber, previousDelay, options.random);
    previousDelay = delay;
    options.onRetry?.({ attempt: attemptNumber, errorCode: last.errorCode, delayMs: delay, reason: useRetryAfter ? 'retry-after' : 'backoff' });
    const waited = await waitUnlessAborted(options.sleep, delay, options.signal);
    if (!waited) return { ...stop, retryable, aborted: true };
  }
}

/** The result of work run under a timeout: its value, or why it did not finish. */
export type TimedResult<T> =
  | { ok: true; value: T }
  | { ok: false; errorCode: 'timeout' | 'aborted' | 'connection'; error: unknown };

/**
 * Runs `work` with an AbortSignal that aborts after `timeoutMs` (none when undefined) or when
 * `outer` aborts. A rejection becomes `timeout` or `aborted` when the signal caused it, else
 * `connection`. An InvalidRequestError is a programming error, so it is thrown, never retried.
 */
export async function runWithTimeout<T>(
  timeoutMs: number | undefined,
  outer: AbortSignalLike | undefined,
  work: (signal: AbortSignalLike) => Promise<T>,
): Promise<TimedResult<T>> {
  const controller = createAbortController();
  let timedOut = false;
  const cancelTimer = timeoutMs === undefined ? () => {} : setTimer(() => {
    timedOut = true;
    controller.abort(new Error(`attempt timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  const onOuterAbort = (): void => controller.abort(outer?.reason);
  if (outer?.aborted === true) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    // A transport that ignores the signal must not hold the attempt past its timeout.
    const aborted = new Promise<never>((_, reject) => {
      if (controller.signal.aborted) reject(controller.signal.reason);
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    });
    aborted.catch(() => {});
    return { ok: true, value: await Promise.race([work(controller.signal), aborted]) };
  } catch (error) {
    if (error instanceof InvalidRequestError) throw error;
    const errorCode = timedOut ? 'timeout' : outer?.aborted === true ? 'aborted' : 'connection';
    return { ok: false, errorCode, error };
  } finally {
    cancelTimer();
    outer?.removeEventListener('abort', onOuterAbort);
  }
}
