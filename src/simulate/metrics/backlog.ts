/**
 * Backlog over time with bounded memory: per interval, the largest number of messages in flight
 * and the messages waiting in dead-letter queues for a replay. When the series reaches its
 * capacity, pairs of samples merge (keeping the larger value, so peaks stay visible) and the
 * interval doubles.
 */
const CAPACITY = 480;

export interface BacklogSample {
  /** Simulated time of the sample, in milliseconds. */
  time: number;
  inFlight: number;
  deadLettered: number;
}

export class BacklogSeries {
  interval: number;
  nextAt = 0;
  private inFlight: number[] = [];
  private deadLettered: number[] = [];
  /** Largest number in flight seen in the interval not yet closed. */
  private openPeak = 0;

  constructor(expectedLength: number) {
    this.interval = Math.max(1000, Math.ceil(expectedLength / (CAPACITY / 2) / 1000) * 1000);
  }

  /**
   * Closes every interval that ends at or before `now`. `peakInFlight` is the largest number of
   * messages in flight since the last call; intervals with no event get the current `inFlight`.
   */
  advance(now: number, inFlight: number, deadLettered: number, peakInFlight: number): void {
    if (peakInFlight > this.openPeak) this.openPeak = peakInFlight;
    while (this.nextAt <= now) {
      if (this.inFlight.length === CAPACITY) this.halve();
      this.inFlight.push(this.openPeak);
      this.deadLettered.push(deadLettered);
      this.nextAt += this.interval;
      this.openPeak = inFlight;
    }
  }

  private halve(): void {
    const merge = (values: number[]): number[] => {
      const merged: number[] = [];
      for (let i = 0; i < values.length; i += 2) merged.push(Math.max(values[i], values[i + 1] ?? values[i]));
      return merged;
    };
    this.inFlight = merge(this.inFlight);
    this.deadLettered = merge(this.deadLettered);
    this.interval *= 2;
    this.nextAt = this.inFlight.length * this.interval;
  }

  samples(): BacklogSample[] {
    return this.inFlight.map((inFlight, index) => ({ time: index * this.interval, inFlight, deadLettered: this.deadLettered[index] }));
  }
}
