/** Token-bucket rate limiting of the calls an adapter makes to one system. */
import { waitUnlessAborted, type AbortSignalLike } from './platform.js';

/** A declared rate limit: `perSecond` calls on average, bursts of up to `burst` calls. */
export interface RateLimitSpec {
  /** `api` for the whole API, or the id of the calling system the limit applies to. */
  scope: string;
  perSecond: number;
  /** Bucket capacity; defaults to one second's worth of calls, at least 1. */
  burst?: number;
}

/** Milliseconds since the epoch; Date.now fits. */
export type Clock = () => number;
/** Waits `milliseconds`; it may return early when `signal` aborts. The runtime stops waiting on an abort even when it does not. */
export type Sleep = (milliseconds: number, signal?: AbortSignalLike) => Promise<void>;

/**
 * A token bucket: it holds up to `capacity` tokens, gains `perSecond` tokens per second, and each
 * call takes one token. It starts full, so a burst of `capacity` calls passes at once.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly perSecond: number,
    readonly capacity: number,
    private readonly clock: Clock,
  ) {
    if (!(perSecond > 0)) throw new RangeError(`rate must be positive, got ${perSecond}`);
    if (!(capacity >= 1)) throw new RangeError(`capacity must be at least 1, got ${capacity}`);
    this.tokens = capacity;
    this.updatedAt = clock();
  }

  private refill(): void {
    const now = this.clock();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.perSecond) / 1000);
    this.updatedAt = now;
  }

  /** Tokens available now. */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** Takes a token if one is available; returns whether it did. */
  tryTake(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Milliseconds until a token is available; 0 when one is available now. */
  waitTime(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
  }

  /**
   * Waits until a token is available and takes it; returns the milliseconds waited. When `signal`
   * aborts, it stops waiting and returns without a token.
   */
  async take(sleep: Sleep, signal?: AbortSignalLike): Promise<number> {
    let waited = 0;
    while (!this.tryTake()) {
      const wait = Math.max(1, this.waitTime());
      const passed = await waitUnlessAborted(sleep, wait, signal);
      if (!passed) return waited;
      waited += wait;
    }
    return waited;
  }
}

/** The buckets that apply to calls from one caller: the API-wide limit and the caller's own. */
export class RateLimiter {
  private readonly buckets: TokenBucket[];

  constructor(
    specs: readonly RateLimitSpec[],
    private readonly sleep: Sleep,
    clock: Clock,
    caller?: string,
  ) {
    this.buckets = specs
      .filter((spec) => spec.scope === 'api' || spec.scope === caller)
      .map((spec) => new TokenBucket(spec.perSecond, spec.burst ?? Math.max(1, Math.ceil(spec.perSecond)), clock));
  }

  /**
   * Waits until every bucket has a token and takes one from each; returns the milliseconds waited.
   * When `signal` aborts, it stops waiting, and the caller should not make the call.
   */
  async acquire(signal?: AbortSignalLike): Promise<number> {
    let waited = 0;
    for (const bucket of this.buckets) {
      waited += await bucket.take(this.sleep, signal);
      if (signal?.aborted === true) break;
    }
    return waited;
  }
}
