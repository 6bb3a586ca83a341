/**
 * The discrete-event loop. Simulated time jumps from event to event, and nothing reads the clock.
 * Every random choice comes from a stream seeded by the run's seed, so a run replays exactly.
 */
import { BacklogSeries } from '../metrics/backlog.js';
import { Coverage } from '../metrics/coverage.js';
import { EventQueue } from '../queue.js';
import { onDeliver, onDone, onLimitRelease, onRespond, onTimeout } from './calls.js';
import { onReplay, type DeadLetterCount } from './dead-letter.js';
import { EVENT } from './events.js';
import type { SimModel } from './model.js';
import type { EventSink, Observer } from './observer.js';
import { onRetry } from './retry.js';
import { onThrottleRelease, type ClientThrottle } from './throttle.js';
import { onAdmit, onArrival, sourceStreamNames, startSource, TrafficSource } from './traffic.js';
import type { Delivery, Message, SimSystem } from './types.js';

export interface SimulationOptions {
  seed: number;
  observers: Observer[];
  log?: EventSink;
  /** Stop at the first invariant violation (used while shrinking). */
  stopOnViolation?: boolean;
  /** Called now and then with the simulated time and the scenario duration. */
  onProgress?: (now: number, duration: number) => void;
}

/** Events between two calls of the progress callback. */
const PROGRESS_EVERY = 1 << 16;

export class Simulation {
  readonly queue = new EventQueue<object>();
  now = 0;
  readonly coverage = new Coverage();
  readonly observers: Observer[];
  readonly log: EventSink | undefined;
  readonly sources: TrafficSource[];
  readonly backlog: BacklogSeries;
  readonly deadLetters = new Map<string, DeadLetterCount>();
  readonly horizon: number;
  /** Messages dispatched to a step and not yet delivered, dead-lettered or dropped. */
  inFlight = 0;
  peakInFlight = 0;
  peakInFlightAt = 0;
  /** Largest number of messages in flight since the last backlog sample. */
  private sampledPeak = 0;
  /** Messages waiting in a dead-letter queue for an automatic replay. */
  inDeadLetter = 0;
  openInstances = 0;
  /** Requests the channels sent, admitted or not. */
  generated = 0;
  nextInstanceId = 0;
  /** Messages routed to a step (one per instance and route node reached). */
  routed = 0;
  events = 0;
  lastResolution = 0;
  /** When the channels stopped sending: the scenario's duration, or earlier at maxInstances. */
  trafficEnd: number;
  /** Whether events were left when the drain limit ended the run. */
  truncated = false;
  stopRequested = false;

  constructor(readonly model: SimModel, readonly options: SimulationOptions) {
    this.observers = options.observers;
    for (const route of model.routes) {
      for (const node of route.nodes) {
        node.applyObservers = options.observers.filter((observer) => observer.onApply !== undefined && (observer.watchesApply?.(node) ?? true));
      }
    }
    this.log = options.log;
    const { scenario } = model;
    this.horizon = scenario.duration + scenario.drainLimit;
    this.trafficEnd = scenario.duration;
    this.backlog = new BacklogSeries(scenario.duration);
    const names = sourceStreamNames(scenario.traffic);
    this.sources = scenario.traffic.map((traffic, index) =>
      new TrafficSource(index, traffic, model.trafficRoutes[index], model.estate, scenario, options.seed, names[index]));
  }

  get plan(): SimModel['faults'] {
    return this.model.faults;
  }

  /** Asks the loop to stop after the current event. */
  requestStop(): void {
    if (this.options.stopOnViolation === true) this.stopRequested = true;
  }

  noteDispatch(): void {
    this.inFlight++;
    this.routed++;
    if (this.inFlight > this.sampledPeak) {
      this.sampledPeak = this.inFlight;
      if (this.inFlight > this.peakInFlight) {
        this.peakInFlight = this.inFlight;
        this.peakInFlightAt = this.now;
      }
    }
  }

  run(): void {
    for (const source of this.sources) startSource(this, source);
    const queue = this.queue;
    const duration = this.model.scenario.duration;
    const progress = this.options.onProgress;
    while (queue.pop()) {
      const time = queue.time;
      if (time > this.horizon) {
        this.truncated = true;
        break;
      }
      this.now = time;
      if (time >= this.backlog.nextAt) this.sampleBacklog(time);
      this.dispatchEvent(queue.kind, queue.payload!);
      this.events++;
      if (progress !== undefined && (this.events & (PROGRESS_EVERY - 1)) === 0) progress(time, duration);
      if (this.stopRequested) break;
    }
    this.finish();
  }

  private sampleBacklog(time: number): void {
    this.backlog.advance(time, this.inFlight, this.inDeadLetter, this.sampledPeak);
    this.sampledPeak = this.inFlight;
  }

  private dispatchEvent(kind: number, payload: object): void {
    switch (kind) {
      case EVENT.done:
        onDone(this, payload as Delivery);
        break;
      case EVENT.arrival:
        onArrival(this, payload as TrafficSource);
        break;
      case EVENT.timeout:
        onTimeout(this, payload as Delivery);
        break;
      case EVENT.retry:
        onRetry(this, payload as Message);
        break;
      case EVENT.deliver:
        onDeliver(this, payload as Delivery);
        break;
      case EVENT.respond:
        onRespond(this, payload as Delivery);
        break;
      case EVENT.replay:
        onReplay(this, payload as Message);
        break;
      case EVENT.admit:
        onAdmit(this, payload as TrafficSource);
        break;
      case EVENT.limit:
        onLimitRelease(this, payload as SimSystem);
        break;
      case EVENT.throttle:
        onThrottleRelease(this, payload as ClientThrottle);
        break;
    }
  }

  private finish(): void {
    const end = this.truncated || this.stopRequested ? this.now : Math.max(this.now, this.trafficEnd);
    this.now = end;
    this.sampleBacklog(end);
    for (const system of this.model.systems) {
      if (system.windowCount > system.peakRate) {
        system.peakRate = system.windowCount;
        system.peakRateAt = system.windowStart * 1000;
      }
    }
    const stuckInstances = this.stopRequested ? 0 : this.openInstances;
    for (const observer of this.observers) observer.onFinish?.({ now: end, stuckInstances });
  }
}
