import { describe, expect, it } from 'vitest';
import { BacklogSeries } from '../../src/simulate/metrics/backlog.js';
import { Histogram } from '../../src/simulate/metrics/histogram.js';
import { streamFor } from '../../src/simulate/rng.js';

describe('histogram', () => {
  it('keeps percentiles within 1% of the exact values', () => {
    const random = streamFor(11, 'histogram-test');
    const histogram = new Histogram();
    const values: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const value = Math.exp(5 + 2 * random.normal());
      values.push(value);
      histogram.record(value);
    }
    values.sort((a, b) => a - b);
    for (const quantile of [0.5, 0.9, 0.95, 0.99, 0.999]) {
      const exact = values[Math.ceil(quantile * values.length) - 1];
      const estimate = histogram.percentile(quantile)!;
      expect(Math.abs(estimate - exact) / exact, `p${quantile * 100}`).toBeLessThan(0.01);
    }
    expect(histogram.percentile(1)).toBe(values[values.length - 1]);
    expect(histogram.count).toBe(50_000);
  });

  it('records sub-millisecond and multi-day values', () => {
    const histogram = new Histogram();
    histogram.record(0.004);
    histogram.record(3 * 86_400_000);
    expect(histogram.percentile(0.5)).toBeCloseTo(0.004, 3);
    expect(histogram.percentile(1)).toBe(3 * 86_400_000);
  });

  it('returns no percentile when empty', () => {
    expect(new Histogram().percentile(0.5)).toBeUndefined();
  });

  it('bins every value into chart bins', () => {
    const histogram = new Histogram();
    for (let value = 1; value <= 1000; value++) histogram.record(value);
    const bins = histogram.bins(20);
    expect(bins).toHaveLength(20);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(1000);
    expect(histogram.shareAtOrBelow(500)).toBeGreaterThan(0.49);
    expect(histogram.shareAtOrBelow(500)).toBeLessThan(0.51);
  });
});

describe('backlog series', () => {
  it('stays bounded and keeps the peak when merging', () => {
    const series = new BacklogSeries(60_000);
    for (let second = 0; second <= 100_000; second++) series.advance(second * 1000, 1, 0, second === 50_000 ? 999 : 1);
    const samples = series.samples();
    expect(samples.length).toBeLessThanOrEqual(480);
    expect(Math.max(...samples.map((sample) => sample.inFlight))).toBe(999);
    expect(series.interval).toBeGreaterThan(1000);
  });
});
