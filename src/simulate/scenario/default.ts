/**
 * The scenario used when none is given: the busiest half hour of a peak trading day. Every
 * declared traffic entry runs at its peak rate, and a standard set of faults hits the ERP, a
 * marketplace and the OMS, while every link duplicates and reorders a few messages. Sound
 * idempotency, ordering, retry and rate-limit policies ride out these faults; missing ones show.
 */
import type { Estate, SystemKind } from '../../model/types.js';
import { parseRate } from '../../model/units.js';
import { findRouteEntry } from '../engine/route.js';
import type { FaultSpec, ScenarioSpec, TrafficSpec } from './types.js';

export const DEFAULT_SCENARIO_NAME = 'default peak day: the busiest 30 minutes at declared peak rates, with faults';

function firstOfKind(estate: Estate, kind: SystemKind): string | undefined {
  return estate.systems.find((system) => system.kind === kind)?.id;
}

/** Declared traffic entries at their peak rates; entries no workflow step takes are left out. */
function peakTraffic(estate: Estate): TrafficSpec[] {
  const routable = estate.traffic.filter((entry) => {
    const workflow = estate.workflows.find((candidate) => candidate.id === entry.workflow);
    return workflow !== undefined && findRouteEntry(workflow, entry.channel) !== undefined;
  });
  return routable.map((entry) => {
    const expected = parseRate(entry.expected) ?? 0;
    const peak = parseRate(entry.peak) ?? expected;
    const multiplier = expected > 0 ? Math.round((peak / expected) * 1e6) / 1e6 : 1;
    return expected > 0
      ? { channel: entry.channel, workflow: entry.workflow, rate: entry.expected, peakMultiplier: multiplier, profile: [1] }
      : { channel: entry.channel, workflow: entry.workflow, rate: entry.peak, peakMultiplier: 1, profile: [1] };
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
    traffic: peakTraffic(estate),
    faults: standardFaults(estate),
  };
}

/** Fills in what a scenario file leaves out: without `traffic`, the declared traffic at peak. */
export function completeScenario(spec: ScenarioSpec, estate: Estate): ScenarioSpec {
  return spec.traffic === undefined ? { ...spec, traffic: peakTraffic(estate) } : spec;
}
