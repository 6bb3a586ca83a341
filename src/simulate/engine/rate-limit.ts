/** Token bucket: `rate` tokens a millisecond refill a bucket of `capacity` tokens. */
export class TokenBucket {
  private tokens: number;
  private updatedAt = 0;

  constructor(private readonly rate: number, private readonly capacity: number) {
    this.tokens = capacity;
  }

  private refill(now: number): void {
    if (now > this.updatedAt) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.rate);
      this.updatedAt = now;
    }
  }

  /** Takes one token if there is one; returns whether it did. */
  take(now: number): boolean {
    this.refill(now);
    if (this.tokens >= 1 - 1e-9) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }

  /** Milliseconds until one token will be available, counted from `now`. */
  waitFor(now: number): number {
    this.refill(now);
    return this.tokens >= 1 - 1e-9 ? 0 : (1 - this.tokens) / this.rate;
  }
}
