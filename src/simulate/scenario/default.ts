/**
 * The scenario used when none is given: 30 minutes of the evening peak of a peak trading day.
 * Every declared traffic entry runs halfway between its expected and its peak rate, and at its
 * peak rate for the 15 minutes from 5m to 20m. A standard set of faults hits the ERP, a
 * marketplace and the OMS, while every link duplicates and reorders a few messages. Sound
 * idempotency, ordering, retry and rate-limit policies ride out these faults; missing ones show.
 */
import type { Estate, SystemKind } from '../../model/types.js';
import { parseRate } from '../../model/units.js';
import { findRouteEntry } from '../engine/route.js';
import type { FaultSpec, ScenarioSpec, TrafficSpec } from './types.js';

export const DEFAULT_SCENARIO_NAME = 'default peak day: 30 minutes of the evening peak, at the declared peak rates from 5m to 20m, with faults';

/** Profile value of the busy hours around the peak: halfway between the expected (0) and the peak rate (1). */
const SHOULDER = 0.5;
const PEAK_START = '5m';
const PEAK_DURATION = '15m';

function firstOfKind(estate: Estate, kind: SystemKind): string | undefined {
  return estate.systems.find((system) => system.kind === kind)?.id;
}

function rounded(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Declared traffic entries that some workflow step takes. */
function routableTraffic(estate: Estate): Estate['traffic'] {
  return estate.traffic.filter((entry) => {
    const workflow = estate.workflows.find((candidate) => candidate.id === entry.workflow);
    return workflow !== undefined && findRouteEntry(workflow, entry.channel) !== undefined;
  });
}

/** Declared traffic entries at their peak rates for the whole run; entries no workflow step takes are left out. */
function peakTraffic(estate: Estate): TrafficSpec[] {
  return routableTraffic(estate).map((entry) => {
    const expected = parseRate(entry.expected) ?? 0;
    const peak = parseRate(entry.peak) ?? expected;
    const multiplier = expected > 0 ? rounded(peak / expected) : 1;
    return expected > 0
      ? { channel: entry.channel, workflow: entry.workflow, rate: entry.expected, peakMultiplier: multiplier, profile: [1] }
      : { channel: entry.channel, workflow: entry.workflow, rate: entry.peak, peakMultiplier: 1, profile: [1] };
  });
}

/**
 * Declared traffic entries over the default run: at the shoulder level, and at their peak rate in
 * the peak window. An entry without an expected rate runs at its peak throughout.
 */
function peakDayTraffic(estate: Estate): TrafficSpec[] {
  return routableTraffic(estate).map((entry) => {
    const expected = parseRate(entry.expected) ?? 0;
    const peak = parseRate(entry.peak) ?? expected;
    if (expected <= 0) return { channel: entry.channel, workflow: entry.workflow, rate: entry.peak, peakMultiplier: 1, profile: [1] };
    const multiplier = rounded(peak / expected);
    const shoulder = 1 + (multiplier - 1) * SHOULDER;
    const spec: TrafficSpec = { channel: entry.channel, workflow: entry.workflow, rate: entry.expected, peakMultiplier: multiplier, profile: [SHOULDER] };
    if (multiplier > 1) spec.bursts = [{ start: PEAK_START, duration: PEAK_DURATION, multiplier: rounded(multiplier / shoulder) }];
    return spec;
  });
}

function standardFaults(estate: Estate): FaultSpec[] {
  const faults: FaultSpec[] = [];
  const erp = firstOfKind(estate, 'erp');
  const marketplace = firstOfKind(estate, 'marketplace');
  const oms = firstOfKind(estate, 'oms');
  if (erp !== undefined) {
    // The ERP stops responding for 45 seconds, so calls hang until the caller's timeout.
    faults.push({ kind: 'outage', system: erp, start: '5m', duration: '45s', error: 'timeout' });
    faults.push({ kind: 'error-burst', system: erp, start: '12m', duration: '2m', probability: 0.1, error: 'http-503' });
  }
  if (marketplace !== undefined) {
    faults.push({ kind: 'error-burst', system: marketplace, start: '15m', duration: '2m', probability: 0.2, error: 'http-429', retryAfter: '2s' });
  }
  if (oms !== undefined) faults.push({ kind: 'latency-spike', system: oms, start: '20m', duration: '2m', extra: '1s' });
  faults.push({ kind: 'duplicate-delivery', probability: 0.01, maxDelay: '2s' });
  faults.push({ kind: 'reordering', probability: 0.02, maxDelay: '2s' });
  if (erp !== undefined) faults.push({ kind: 'lost-ack', system: erp, probability: 0.005 });
  return faults;
}

/** Builds the default scenario from the estate's declared traffic and systems. */
export function defaultScenario(estate: Estate): ScenarioSpec {
  return {
    retailgovScenario: 1,
    name: DEFAULT_SCENARIO_NAME,
    duration: '30m',
    traffic: peakDayTraffic(estate),
    faults: standardFaults(estate),
  };
}

/** Fills in what a scenario file leaves out: without `traffic`, the declared traffic at peak. */
export function completeScenario(spec: ScenarioSpec, estate: Estate): ScenarioSpec {
  return spec.traffic === undefined ? { ...spec, traffic: peakTraffic(estate) } : spec;
}
