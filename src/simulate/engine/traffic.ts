/**
 * Channels: arrivals of a traffic entry as a non-homogeneous Poisson process (drawn by thinning
 * against the largest rate of the run), then the channel's declared rate limit and back-pressure:
 * queue the request, reject it with 429, or shed it.
 */
import type { Estate } from '../../model/types.js';
import { parseRate } from '../../model/units.js';
import { PATH } from '../metrics/coverage.js';
import { streamFor, type Random } from '../rng.js';
import type { ResolvedScenario, ResolvedTraffic } from '../scenario/resolve.js';
import { Deque } from './deque.js';
import { EVENT } from './events.js';
import { TokenBucket } from './rate-limit.js';
import { dispatch } from './routing.js';
import type { Simulation } from './simulation.js';
import { traceInstance, traceOther } from './trace.js';
import { Instance, type SimRoute } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type BackPressure = 'queue' | 'reject-429' | 'shed-load';

/** Returns the back-pressure of a channel that declares only its rate limit's `onExceed`. */
function backPressureOf(onExceed: string | undefined): BackPressure {
  if (onExceed === 'queue') return 'queue';
  if (onExceed === 'drop') return 'shed-load';
  return 'reject-429';
}

export class TrafficSource {
  readonly arrivals: Random;
  readonly keyChoice: Random;
  /** Draws the sales channel of each instance, on routes with a sales-channel mix. */
  readonly channelChoice: Random;
  /** Upper bound of the rate over the run, in events per millisecond. */
  readonly maxRate: number;
  readonly limiter: TokenBucket | undefined;
  readonly backPressure: BackPressure;
  /** Arrival times of requests waiting in front of the rate limit. */
  readonly waiting = new Deque<number>();
  admitScheduled = false;

  constructor(
    readonly index: number,
    readonly traffic: ResolvedTraffic,
    readonly route: SimRoute,
    estate: Estate,
    private readonly scenario: ResolvedScenario,
    seed: number,
    /** Names the entry's random streams; see `sourceStreamNames`. */
    name: string,
  ) {
    this.arrivals = streamFor(seed, `arrivals:${name}`);
    this.keyChoice = streamFor(seed, `keys:${name}`);
    this.channelChoice = streamFor(seed, `sales-channels:${name}`);
    const shape = Math.max(...traffic.profile.map((value) => 1 + (traffic.peakMultiplier - 1) * value));
    const bursts = traffic.bursts.reduce((product, burst) => product * Math.max(1, burst.multiplier), 1);
    this.maxRate = traffic.rate * shape * bursts;
    const declared = estate.traffic.find((entry) => entry.channel === traffic.channel && entry.workflow === traffic.workflow);
    const perSecond = parseRate(declared?.rateLimit?.limit);
    this.limiter = perSecond === undefined || perSecond <= 0
      ? undefined
      : new TokenBucket(perSecond / 1000, declared?.rateLimit?.burst ?? Math.max(1, perSecond));
    this.backPressure = declared?.backPressure ?? backPressureOf(declared?.rateLimit?.onExceed);
  }

  /** Rate at simulated time `time`, in events per millisecond. */
  rateAt(time: number): number {
    const { traffic } = this;
    const hour = Math.floor(((this.scenario.startOfDay + time) % DAY) / HOUR);
    let rate = traffic.rate * (1 + (traffic.peakMultiplier - 1) * traffic.profile[hour]);
    for (const burst of traffic.bursts) {
      if (time >= burst.start && time < burst.end) rate *= burst.multiplier;
    }
    return rate;
  }

  /** Returns the time of the next arrival after `time`, or Infinity when the traffic has ended. */
  nextArrival(time: number): number {
    if (this.maxRate <= 0) return Infinity;
    let candidate = time;
    for (;;) {
      candidate += this.arrivals.exponential(1 / this.maxRate);
      if (candidate >= this.scenario.duration) return Infinity;
      if (this.arrivals.next() * this.maxRate < this.rateAt(candidate)) return candidate;
    }
  }
}

/**
 * Names the random streams of each traffic entry by its content, not its position, so removing
 * one entry while shrinking leaves the arrivals of the others unchanged.
 */
export function sourceStreamNames(traffic: ResolvedTraffic[]): string[] {
  const seen = new Map<string, number>();
  return traffic.map((entry) => {
    const name = `${entry.workflow}/${entry.channel}/${entry.rate}/${entry.peakMultiplier}`;
    const occurrence = seen.get(name) ?? 0;
    seen.set(name, occurrence + 1);
    return `${name}/${occurrence}`;
  });
}

function scheduleNext(sim: Simulation, source: TrafficSource): void {
  const next = source.nextArrival(sim.now);
  if (next !== Infinity) sim.queue.push(next, EVENT.arrival, source);
}

export function startSource(sim: Simulation, source: TrafficSource): void {
  scheduleNext(sim, source);
}

/** Starts an instance: assigns its key and sequence number and dispatches the route's first steps. */
function admit(sim: Simulation, source: TrafficSource, arrivedAt: number): void {
  const route = source.route;
  const id = sim.nextInstanceId++;
  let key = id;
  let sequence = 0;
  if (route.keys !== undefined) {
    key = source.keyChoice.nextInt(route.keys);
    sequence = route.nextSequence![key]++;
  }
  const salesChannel = route.salesChannels === undefined ? route.channel : route.salesChannels.draw(source.channelChoice);
  const instance = new Instance(id, route, key, sequence, arrivedAt, salesChannel);
  sim.openInstances++;
  route.workflow.started++;
  if (sim.log !== undefined) traceInstance(sim, 'accept', instance);
  for (const observer of sim.observers) observer.onAccept?.(instance, sim.now);
  for (const root of route.roots) dispatch(sim, instance, route.nodes[root]);
}

function refuse(sim: Simulation, source: TrafficSource): void {
  const workflow = source.route.workflow;
  if (source.backPressure === 'shed-load') {
    workflow.shed++;
    sim.coverage.counts[PATH['load-shed']]++;
  } else {
    workflow.rejected++;
    sim.coverage.counts[PATH['back-pressure-rejected']]++;
  }
  if (sim.log !== undefined) {
    traceOther(sim, source.backPressure === 'shed-load' ? 'shed' : 'reject', `"workflow":${JSON.stringify(workflow.id)},"channel":${JSON.stringify(source.route.channel)}`);
  }
}

function scheduleAdmit(sim: Simulation, source: TrafficSource): void {
  if (source.admitScheduled) return;
  source.admitScheduled = true;
  sim.queue.push(sim.now + source.limiter!.waitFor(sim.now), EVENT.admit, source);
}

export function onArrival(sim: Simulation, source: TrafficSource): void {
  if (sim.generated >= sim.model.scenario.maxInstances) return;
  if (++sim.generated === sim.model.scenario.maxInstances) sim.trafficEnd = sim.now;
  scheduleNext(sim, source);
  const limiter = source.limiter;
  if (limiter === undefined || (source.waiting.length === 0 && limiter.take(sim.now))) {
    admit(sim, source, sim.now);
    return;
  }
  if (source.backPressure !== 'queue') {
    refuse(sim, source);
    return;
  }
  source.waiting.push(sim.now);
  sim.coverage.counts[PATH['back-pressure-queued']]++;
  scheduleAdmit(sim, source);
}

export function onAdmit(sim: Simulation, source: TrafficSource): void {
  source.admitScheduled = false;
  const limiter = source.limiter!;
  while (source.waiting.length > 0 && limiter.take(sim.now)) admit(sim, source, source.waiting.shift()!);
  if (source.waiting.length > 0) scheduleAdmit(sim, source);
}
