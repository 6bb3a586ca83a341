/** Service-time distributions, sampled from a seeded stream. Times are in milliseconds. */
import type { Random } from './rng.js';

export const DistributionKind = { Constant: 0, Exponential: 1, Lognormal: 2 } as const;
export type DistributionKind = (typeof DistributionKind)[keyof typeof DistributionKind];

/** A service-time distribution. Lognormal keeps mu = ln(median) and sigma. */
export interface ServiceTime {
  kind: DistributionKind;
  /** Constant: the value; exponential: the mean; lognormal: mu. */
  a: number;
  /** Lognormal: sigma; otherwise unused. */
  b: number;
}

/** The standard normal quantile of 0.99, which relates a lognormal's p99 to its median. */
const Z99 = 2.3263478740408408;
/** The standard normal quantile of 0.95. */
const Z95 = 1.6448536269514722;

export function constant(value: number): ServiceTime {
  return { kind: DistributionKind.Constant, a: value, b: 0 };
}

export function exponential(mean: number): ServiceTime {
  return { kind: DistributionKind.Exponential, a: mean, b: 0 };
}

/** Returns a lognormal distribution with the given median and 99th percentile. */
export function lognormalFromP99(median: number, p99: number): ServiceTime {
  const sigma = p99 > median ? Math.log(p99 / median) / Z99 : 0;
  return { kind: DistributionKind.Lognormal, a: Math.log(Math.max(median, 1e-6)), b: sigma };
}

/** Returns a lognormal distribution with the given median and 95th percentile. */
export function lognormalFromP95(median: number, p95: number): ServiceTime {
  const sigma = p95 > median ? Math.log(p95 / median) / Z95 : 0;
  return { kind: DistributionKind.Lognormal, a: Math.log(Math.max(median, 1e-6)), b: sigma };
}

/** Draws one service time. */
export function sample(distribution: ServiceTime, random: Random): number {
  switch (distribution.kind) {
    case DistributionKind.Constant:
      return distribution.a;
    case DistributionKind.Exponential:
      return random.exponential(distribution.a);
    default:
      return distribution.b === 0 ? Math.exp(distribution.a) : Math.exp(distribution.a + distribution.b * random.normal());
  }
}
