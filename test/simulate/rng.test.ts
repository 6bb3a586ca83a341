import { describe, expect, it } from 'vitest';
import { streamFor } from '../../src/simulate/rng.js';

function draw(seed: number, name: string, count: number): number[] {
  const random = streamFor(seed, name);
  return Array.from({ length: count }, () => random.nextUint32());
}

describe('seeded streams', () => {
  it('repeat for the same seed and name', () => {
    expect(draw(42, 'arrivals', 100)).toEqual(draw(42, 'arrivals', 100));
  });

  it('differ between seeds and between names', () => {
    expect(draw(42, 'arrivals', 10)).not.toEqual(draw(43, 'arrivals', 10));
    expect(draw(42, 'arrivals', 10)).not.toEqual(draw(42, 'service', 10));
  });

  it('give floats in [0, 1) with a uniform mean', () => {
    const random = streamFor(7, 'uniform');
    const values = Array.from({ length: 100_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((sum, value) => sum + value, 0) / values.length).toBeCloseTo(0.5, 2);
  });

  it('give normals with mean 0 and variance 1', () => {
    const random = streamFor(7, 'normal');
    const values = Array.from({ length: 100_000 }, () => random.normal());
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });

  it('give exponentials with the requested mean', () => {
    const random = streamFor(7, 'exponential');
    const values = Array.from({ length: 100_000 }, () => random.exponential(250));
    expect(values.reduce((sum, value) => sum + value, 0) / values.length).toBeGreaterThan(245);
    expect(values.reduce((sum, value) => sum + value, 0) / values.length).toBeLessThan(255);
  });

  it('never use Math.random', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random called');
    };
    try {
      expect(draw(1, 'guard', 5)).toHaveLength(5);
      expect(streamFor(1, 'guard').normal()).toBeTypeOf('number');
    } finally {
      Math.random = original;
    }
  });
});
