import { describe, expect, it } from 'vitest';
import { RateLimiter, TokenBucket } from '../../../runtime/rate-limit.js';

/** Creates a clock that moves only when the fake sleep is called. */
function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let time = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => time,
    sleep: async (milliseconds) => {
      slept.push(milliseconds);
      time += milliseconds;
    },
    slept,
  };
}

describe('TokenBucket', () => {
  it('lets a full burst through, then refills at the rate', () => {
    const time = fakeTime();
    const bucket = new TokenBucket(10, 5, time.now);
    for (let i = 0; i < 5; i++) expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
    expect(bucket.waitTime()).toBe(100);
    void time.sleep(250);
    expect(bucket.available()).toBeCloseTo(2.5);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
  });

  it('never holds more than its capacity', () => {
    const time = fakeTime();
    const bucket = new TokenBucket(100, 3, time.now);
    void time.sleep(60_000);
    expect(bucket.available()).toBe(3);
  });

  it('spaces calls at the rate once the burst is spent', async () => {
    const time = fakeTime();
    const bucket = new TokenBucket(4, 2, time.now);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) waits.push(await bucket.take(time.sleep));
    expect(waits).toEqual([0, 0, 250, 250, 250]);
  });

  it('rejects a rate or capacity that cannot work', () => {
    expect(() => new TokenBucket(0, 1, Date.now)).toThrow(RangeError);
    expect(() => new TokenBucket(1, 0.5, Date.now)).toThrow(RangeError);
  });
});

describe('RateLimiter', () => {
  it('applies the API limit and the caller own limit', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter([
      { scope: 'api', perSecond: 100, burst: 100 },
      { scope: 'webshop', perSecond: 1, burst: 1 },
      { scope: 'pos-stores', perSecond: 1000 },
    ], time.sleep, time.now, 'webshop');
    expect(await limiter.acquire()).toBe(0);
    expect(await limiter.acquire()).toBe(1000);
  });

  it('defaults the burst to one second of calls', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter([{ scope: 'api', perSecond: 3 }], time.sleep, time.now);
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await limiter.acquire());
    expect(waits).toEqual([0, 0, 0, 334]);
  });
});
