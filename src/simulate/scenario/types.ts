/**
 * A simulation scenario as written in a scenario file (schemas/scenario.schema.json). Durations
 * and rates stay strings here, as in the declarations; resolve.ts turns them into numbers.
 */
import type { Duration, Rate } from '../../model/types.js';

export interface Burst {
  start: Duration;
  duration: Duration;
  multiplier: number;
}

export interface TrafficSpec {
  channel: string;
  workflow: string;
  rate?: Rate;
  peakMultiplier?: number;
  /** 1 value for the whole day, or 24 hourly values, each between 0 and 1. */
  profile?: number[];
  bursts?: Burst[];
  /** Distinct ordering-key values, such as SKUs. */
  keys?: number;
}

export type ServiceTimeSpec =
  | { distribution: 'constant'; value: Duration }
  | { distribution: 'exponential'; mean: Duration }
  | { distribution: 'lognormal'; median: Duration; p99?: Duration };

export interface SystemSpec {
  serviceTime?: ServiceTimeSpec;
  concurrency?: number;
}

export const FAULT_KINDS = ['outage', 'error-burst', 'latency-spike', 'duplicate-delivery', 'reordering', 'lost-ack'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  kind: FaultKind;
  system?: string;
  link?: { from: string; to: string };
  step?: string;
  start?: Duration;
  duration?: Duration;
  probability?: number;
  /** `timeout`, `connection` or `http-NNN`. */
  error?: string;
  retryAfter?: Duration;
  extra?: Duration;
  maxDelay?: Duration;
}

export interface ScenarioSpec {
  retailgovScenario: 1;
  name?: string;
  seed?: number;
  duration: Duration;
  startTime?: string;
  maxInstances?: number;
  drainLimit?: Duration;
  traffic?: TrafficSpec[];
  systems?: Record<string, SystemSpec>;
  faults?: FaultSpec[];
  checks?: { stockDivergence?: { maxLag?: Duration } };
}
