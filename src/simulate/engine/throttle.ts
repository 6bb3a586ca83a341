/**
 * Client-side throttling. A caller whose target declares API rate limits paces its calls to that
 * target as the generated adapters do. Each limit that applies to the caller (the API-wide
 * limits and the limits scoped to the caller) gets one token bucket, shared by every step on the link.
 * A call that finds a bucket empty waits in a first-in, first-out queue at the caller, and its
 * timeout starts only when it is sent. So declared traffic meets the target's own limit only
 * when duplicate copies or delayed deliveries bunch up at the target.
 */
import { PATH } from '../metrics/coverage.js';
import { transmit } from './calls.js';
import { Deque } from './deque.js';
import { EVENT } from './events.js';
import { TokenBucket } from './rate-limit.js';
import type { Simulation } from './simulation.js';
import { traceMessage } from './trace.js';
import type { Limiter, Message, SimSystem } from './types.js';

export class ClientThrottle {
  /** Calls held back until every bucket has a token. */
  readonly waiting = new Deque<Message>();
  releaseScheduled = false;
  private readonly buckets: TokenBucket[];

  constructor(
    readonly caller: string,
    readonly target: SimSystem,
    /** The target's limits that apply to this caller. */
    readonly limiters: readonly Limiter[],
  ) {
    this.buckets = limiters.map((limiter) => new TokenBucket(limiter.perSecond / 1000, limiter.capacity));
  }

  /** Milliseconds until every bucket has a token, counted from `now`. */
  waitFor(now: number): number {
    let wait = 0;
    for (const bucket of this.buckets) wait = Math.max(wait, bucket.waitFor(now));
    return wait;
  }

  /** Takes a token from every bucket if each has one; returns whether it did. */
  tryTake(now: number): boolean {
    if (this.waitFor(now) > 0) return false;
    for (const bucket of this.buckets) bucket.take(now);
    return true;
  }

  /** Returns the limit that delays a call longest at `now`. */
  bindingLimiter(now: number): Limiter {
    let binding = 0;
    for (let index = 1; index < this.buckets.length; index++) {
      if (this.buckets[index].waitFor(now) > this.buckets[binding].waitFor(now)) binding = index;
    }
    return this.limiters[binding];
  }
}

/**
 * Returns the throttles of the estate's links: one for each caller and target whose declared
 * rate limits apply to that caller.
 */
export function createThrottles(links: Array<{ caller: string; target: SimSystem }>): Map<string, ClientThrottle> {
  const throttles = new Map<string, ClientThrottle>();
  for (const { caller, target } of links) {
    const key = `${caller}\u0000${target.id}`;
    if (throttles.has(key)) continue;
    const limiters = target.limiters.filter((limiter) => limiter.caller === undefined || limiter.caller === caller);
    if (limiters.length > 0) throttles.set(key, new ClientThrottle(caller, target, limiters));
  }
  return throttles;
}

function scheduleRelease(sim: Simulation, throttle: ClientThrottle): void {
  if (throttle.releaseScheduled) return;
  throttle.releaseScheduled = true;
  sim.queue.push(sim.now + throttle.waitFor(sim.now), EVENT.throttle, throttle);
}

/**
 * Lets the next attempt of `message` go now when its link has a token and no call waits before
 * it; otherwise queues it and returns false.
 */
export function passThrottle(sim: Simulation, throttle: ClientThrottle, message: Message): boolean {
  if (throttle.waiting.length === 0 && throttle.tryTake(sim.now)) return true;
  throttle.waiting.push(message);
  throttle.target.throttled++;
  sim.coverage.note(PATH.throttled, message.faulted);
  if (sim.log !== undefined) traceMessage(sim, 'throttled', message);
  const limiter = throttle.bindingLimiter(sim.now);
  for (const observer of sim.observers) observer.onThrottled?.(throttle.target, limiter, throttle.caller, sim.now);
  scheduleRelease(sim, throttle);
  return false;
}

export function onThrottleRelease(sim: Simulation, throttle: ClientThrottle): void {
  throttle.releaseScheduled = false;
  while (throttle.waiting.length > 0 && throttle.tryTake(sim.now)) transmit(sim, throttle.waiting.shift()!);
  if (throttle.waiting.length > 0) scheduleRelease(sim, throttle);
}
