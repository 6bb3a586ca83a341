/**
 * A log-linear histogram of durations, in the manner of HdrHistogram. Values are recorded in
 * microseconds. Below 256 µs every microsecond has its own bucket. Above it, each power of two is
 * split into 128 buckets, so a percentile is within 0.8% of the true value. Memory is fixed
 * (about 36 KB) whatever the number of values recorded.
 */
const LINEAR_LIMIT = 256;
const SUB_BUCKETS = 128;
const SUB_BUCKET_BITS = 7;
/** Values up to 2^40 µs (about 12.7 days) get their own buckets; larger ones share the last. */
const MAX_EXPONENT = 40;
const BUCKETS = LINEAR_LIMIT + (MAX_EXPONENT - 8 + 1) * SUB_BUCKETS;
const TWO_POW_32 = 4294967296;
const POWERS_OF_TWO = Array.from({ length: 64 }, (_, exponent) => 2 ** exponent);

function bucketOf(micros: number): number {
  if (micros < LINEAR_LIMIT) return micros < 0 ? 0 : Math.floor(micros);
  if (micros < TWO_POW_32) {
    const whole = micros >>> 0;
    const exponent = 31 - Math.clz32(whole);
    return LINEAR_LIMIT + (exponent - 8) * SUB_BUCKETS + (whole >>> (exponent - SUB_BUCKET_BITS)) - SUB_BUCKETS;
  }
  const whole = Math.floor(micros);
  const exponent = 63 - Math.clz32(Math.floor(whole / TWO_POW_32));
  if (exponent > MAX_EXPONENT) return BUCKETS - 1;
  const mantissa = Math.floor(whole / POWERS_OF_TWO[exponent - SUB_BUCKET_BITS]) - SUB_BUCKETS;
  return LINEAR_LIMIT + (exponent - 8) * SUB_BUCKETS + mantissa;
}

/** Returns the largest value, in microseconds, that falls into `bucket`. */
function upperBoundOf(bucket: number): number {
  if (bucket < LINEAR_LIMIT) return bucket;
  const offset = bucket - LINEAR_LIMIT;
  const exponent = Math.floor(offset / SUB_BUCKETS) + 8;
  const mantissa = (offset % SUB_BUCKETS) + SUB_BUCKETS;
  return (mantissa + 1) * POWERS_OF_TWO[exponent - SUB_BUCKET_BITS] - 1;
}

export class Histogram {
  private readonly counts = new Float64Array(BUCKETS);
  count = 0;
  /** Exact extremes and sum, in milliseconds. */
  min = Infinity;
  max = 0;
  sum = 0;

  /** Records a duration in milliseconds. */
  record(milliseconds: number): void {
    this.counts[bucketOf(milliseconds * 1000)]++;
    this.count++;
    this.sum += milliseconds;
    if (milliseconds > this.max) this.max = milliseconds;
    if (milliseconds < this.min) this.min = milliseconds;
  }

  /**
   * Returns the `quantile` (0 to 1) in milliseconds: the upper bound of the bucket that contains it,
   * never above the exact maximum. Returns undefined for an empty histogram.
   */
  percentile(quantile: number): number | undefined {
    if (this.count === 0) return undefined;
    return this.valueAtRank(Math.max(1, Math.ceil(quantile * this.count)));
  }

  /** Returns the `rank`-th smallest value (1-based) at bucket resolution, in milliseconds. */
  valueAtRank(rank: number): number {
    let seen = 0;
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      seen += this.counts[bucket];
      if (seen >= rank) return Math.min(upperBoundOf(bucket) / 1000, this.max);
    }
    return this.max;
  }

  /** Returns the share of recorded values at or below `milliseconds`, as bucket resolution allows. */
  shareAtOrBelow(milliseconds: number): number {
    if (this.count === 0) return 1;
    if (milliseconds >= this.max) return 1;
    const last = bucketOf(milliseconds * 1000);
    let seen = 0;
    for (let bucket = 0; bucket <= last; bucket++) seen += this.counts[bucket];
    return seen / this.count;
  }

  /**
   * Returns counts in `bins` logarithmic bins between the smallest and largest value, for charts:
   * each bin as its lower and upper bound in milliseconds and its count.
   */
  bins(bins: number): Array<{ from: number; to: number; count: number }> {
    if (this.count === 0) return [];
    const low = Math.max(this.min, 0.001);
    const high = Math.max(this.max, low * 1.0001);
    const ratio = Math.log(high / low) / bins;
    const result = Array.from({ length: bins }, (_, index) => ({
      from: low * Math.exp(ratio * index),
      to: low * Math.exp(ratio * (index + 1)),
      count: 0,
    }));
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      const count = this.counts[bucket];
      if (count === 0) continue;
      const value = Math.min(Math.max(upperBoundOf(bucket) / 1000, low), high);
      const index = Math.min(bins - 1, Math.max(0, Math.floor(Math.log(value / low) / ratio)));
      result[index].count += count;
    }
    return result;
  }
}
