/** Percentile keys of SLA targets and step latencies, in increasing order. */
import type { Latency, PercentileTargets } from '../../../model/types.js';
import { parseDuration } from '../../../model/units.js';

export const TARGET_KEYS = ['p50', 'p90', 'p95', 'p99', 'max'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export const LATENCY_KEYS = ['p50', 'p95', 'p99'] as const;
export type LatencyKey = (typeof LATENCY_KEYS)[number];

/** A declared percentile parsed into milliseconds. */
export interface PercentileValue<K extends string> {
  key: K;
  milliseconds: number;
}

/** Returns the declared, parseable percentiles of `values` in the order of `keys`. */
export function declaredPercentiles<K extends string>(
  values: Partial<Record<K, string>> | undefined,
  keys: readonly K[],
): Array<PercentileValue<K>> {
  const declared: Array<PercentileValue<K>> = [];
  for (const key of keys) {
    const milliseconds = parseDuration(values?.[key]);
    if (milliseconds !== undefined) declared.push({ key, milliseconds });
  }
  return declared;
}

/** Returns the declared SLA targets in increasing percentile order. */
export function slaTargets(targets: PercentileTargets | undefined): Array<PercentileValue<TargetKey>> {
  return declaredPercentiles(targets as Partial<Record<TargetKey, string>> | undefined, TARGET_KEYS);
}

/** Returns the declared step latencies in increasing percentile order. */
export function stepLatencies(latency: Latency | undefined): Array<PercentileValue<LatencyKey>> {
  return declaredPercentiles(latency as Partial<Record<LatencyKey, string>> | undefined, LATENCY_KEYS);
}
