/** Turns a validated scenario into numbers: milliseconds, rates per millisecond, distributions. */
import type { Estate, ObjectKind } from '../../model/types.js';
import { parseDuration, parseRate } from '../../model/units.js';
import { constant, exponential, lognormalFromP99, type ServiceTime } from '../distributions.js';
import type { FaultKind, FaultSpec, ScenarioSpec, ServiceTimeSpec } from './types.js';

const HOUR = 3_600_000;
const DEFAULT_DRAIN_LIMIT = 24 * HOUR;
const DEFAULT_MAX_DELAY = 2000;
/** Number of distinct SKUs when a stock, product or price scenario sets none. */
export const DEFAULT_SKU_KEYS = 200;
const SKU_KEYED_OBJECTS: ReadonlySet<ObjectKind> = new Set([
  'inventory-physical', 'inventory-reserved', 'inventory-available-to-sell', 'product', 'price',
]);

export interface ResolvedTraffic {
  channel: string;
  workflow: string;
  /** Base rate in events per millisecond. */
  rate: number;
  peakMultiplier: number;
  /** 24 hourly profile values. */
  profile: number[];
  bursts: Array<{ start: number; end: number; multiplier: number }>;
  /** Distinct ordering-key values; undefined gives every instance its own key. */
  keys: number | undefined;
}

export interface ResolvedFault {
  /** Position in the scenario's fault list. */
  index: number;
  kind: FaultKind;
  system?: string;
  link?: { from: string; to: string };
  step?: string;
  start: number;
  end: number;
  probability: number;
  error: string;
  retryAfter: number | undefined;
  extra: number;
  maxDelay: number;
  /** Short description for reports, such as `outage of erp`. */
  label: string;
}

export interface ResolvedScenario {
  name: string;
  duration: number;
  /** Milliseconds after midnight at which the run starts. */
  startOfDay: number;
  maxInstances: number;
  drainLimit: number;
  traffic: ResolvedTraffic[];
  systems: Map<string, { service?: ServiceTime; concurrency: number }>;
  faults: ResolvedFault[];
  /** Longest lag allowed between the OMS and ERP stock views, if the scenario sets it. */
  stockMaxLag: number | undefined;
}

function ms(value: string): number {
  // The schema has checked the pattern, so parsing cannot fail here.
  return parseDuration(value)!;
}

function serviceTime(spec: ServiceTimeSpec): ServiceTime {
  switch (spec.distribution) {
    case 'constant':
      return constant(ms(spec.value));
    case 'exponential':
      return exponential(ms(spec.mean));
    default: {
      const median = ms(spec.median);
      return lognormalFromP99(median, spec.p99 === undefined ? 5 * median : ms(spec.p99));
    }
  }
}

function faultLabel(fault: FaultSpec): string {
  const target = fault.system ?? (fault.link ? `${fault.link.from} → ${fault.link.to}` : fault.step) ?? 'every step';
  const error = fault.kind === 'outage' || fault.kind === 'error-burst' ? ` (${fault.error ?? 'http-503'})` : '';
  return `${fault.kind}${error} on ${target}`;
}

function resolveFault(fault: FaultSpec, index: number): ResolvedFault {
  const start = fault.start === undefined ? 0 : ms(fault.start);
  const always = fault.kind === 'outage' || fault.kind === 'error-burst' || fault.kind === 'latency-spike';
  return {
    index,
    kind: fault.kind,
    system: fault.system,
    link: fault.link,
    step: fault.step,
    start,
    end: fault.duration === undefined ? Infinity : start + ms(fault.duration),
    probability: fault.probability ?? (always ? 1 : 0),
    error: fault.error ?? 'http-503',
    retryAfter: fault.retryAfter === undefined ? undefined : ms(fault.retryAfter),
    extra: fault.extra === undefined ? 0 : ms(fault.extra),
    maxDelay: fault.maxDelay === undefined ? DEFAULT_MAX_DELAY : ms(fault.maxDelay),
    label: faultLabel(fault),
  };
}

function hourlyProfile(profile: number[] | undefined): number[] {
  if (profile === undefined || profile.length === 0) return new Array<number>(24).fill(1);
  if (profile.length === 24) return [...profile];
  // A shorter list repeats to fill the day; one value covers every hour.
  return Array.from({ length: 24 }, (_, hour) => profile[hour % profile.length]);
}

/** Resolves a validated scenario against the estate whose traffic it may default from. */
export function resolveScenario(spec: ScenarioSpec, estate: Estate): ResolvedScenario {
  const objectKinds = new Map(estate.objects.map((object) => [object.id, object.kind]));
  const traffic = (spec.traffic ?? []).map((entry): ResolvedTraffic => {
    const declared = estate.traffic.find((candidate) => candidate.channel === entry.channel && candidate.workflow === entry.workflow);
    const expected = parseRate(declared?.expected) ?? 0;
    const peak = parseRate(declared?.peak) ?? expected;
    const rate = entry.rate !== undefined ? parseRate(entry.rate)! : expected;
    const peakMultiplier = entry.peakMultiplier ?? (expected > 0 ? peak / expected : 1);
    const workflow = estate.workflows.find((candidate) => candidate.id === entry.workflow);
    const objectKind = workflow === undefined ? undefined : objectKinds.get(workflow.object);
    const keys = entry.keys ?? (objectKind !== undefined && SKU_KEYED_OBJECTS.has(objectKind) ? DEFAULT_SKU_KEYS : undefined);
    return {
      channel: entry.channel,
      workflow: entry.workflow,
      rate: rate / 1000,
      peakMultiplier,
      profile: hourlyProfile(entry.profile),
      bursts: (entry.bursts ?? []).map((burst) => ({
        start: ms(burst.start),
        end: ms(burst.start) + ms(burst.duration),
        multiplier: burst.multiplier,
      })),
      keys,
    };
  });
  const systems = new Map(Object.entries(spec.systems ?? {}).map(([id, system]) => [id, {
    service: system.serviceTime === undefined ? undefined : serviceTime(system.serviceTime),
    concurrency: system.concurrency ?? Infinity,
  }]));
  const [hours, minutes] = (spec.startTime ?? '00:00').split(':').map(Number);
  const maxLag = spec.checks?.stockDivergence?.maxLag;
  return {
    name: spec.name ?? 'scenario',
    duration: ms(spec.duration),
    startOfDay: hours * HOUR + minutes * 60_000,
    maxInstances: spec.maxInstances ?? Infinity,
    drainLimit: spec.drainLimit === undefined ? DEFAULT_DRAIN_LIMIT : ms(spec.drainLimit),
    traffic,
    systems,
    faults: (spec.faults ?? []).map(resolveFault),
    stockMaxLag: maxLag === undefined ? undefined : ms(maxLag),
  };
}
