/** Runtime objects of a simulation: systems, steps, routes, workflow instances and messages. */
import type { ExceptionClass, Sla, SystemKind, Workflow, WorkflowStep } from '../../model/types.js';
import type { ServiceTime } from '../distributions.js';
import type { StepFaults } from '../faults.js';
import type { Observer } from './observer.js';
import { Histogram } from '../metrics/histogram.js';
import type { Random } from '../rng.js';
import { Deque } from './deque.js';
import { isStableKey } from './idempotency.js';
import type { TokenBucket } from './rate-limit.js';
import type { SalesChannelMix } from './sales-channel.js';
import type { ClientThrottle } from './throttle.js';

export type OnExceed = 'reject-429' | 'queue' | 'drop';

export interface Limiter {
  bucket: TokenBucket;
  /** Bucket size: the declared burst, else one second's worth of calls. */
  capacity: number;
  /** Undefined for the whole API, else the id of the calling system the limit applies to. */
  caller: string | undefined;
  onExceed: OnExceed;
  /** Declared limit in calls a second. */
  perSecond: number;
}

export class SimSystem {
  busy = 0;
  /** Calls waiting for a free slot when the concurrency is limited. */
  readonly waiting = new Deque<Delivery>();
  /** Calls held by a rate limit that queues. */
  readonly limitWaiting = new Deque<Delivery>();
  limitReleaseScheduled = false;
  /** Calls offered, copies and retries included. */
  calls = 0;
  firstAttempts = 0;
  limitRejected = 0;
  limitQueued = 0;
  limitDropped = 0;
  /** Calls that a caller's client-side throttle held back before sending them. */
  throttled = 0;
  /** Largest number of calls offered within one second of simulated time. */
  peakRate = 0;
  peakRateAt = 0;
  windowStart = 0;
  windowCount = 0;

  constructor(
    readonly index: number,
    readonly id: string,
    readonly kind: SystemKind,
    readonly concurrency: number,
    readonly limiters: Limiter[],
    readonly serviceOverride: ServiceTime | undefined,
  ) {}
}

export interface RetrySettings {
  id: string;
  maxAttempts: number;
  initial: number;
  cap: number;
  coefficient: number;
  jitter: 'none' | 'full' | 'equal' | 'decorrelated';
  honourRetryAfter: boolean;
  retryable: ReadonlySet<string>;
}

export interface DeadLetterTarget {
  queue: string;
  queueOwner: string | undefined;
  classes: ExceptionClass[];
}

/** Last segment of an identity field that numbers the versions of one entity. */
const VERSION_FIELD = /(^|\.)(sequence|revision|version)$/i;

/**
 * Returns whether `step` writes with a version check: its idempotency key travels in the body or
 * payload, is derived from a sequence, revision or version field, and the step has an ordering
 * key. Such a target compares the number with the newest it applied for the key and drops an
 * older message, as marketplace APIs that take a sequence number do.
 */
export function hasVersionCheck(step: WorkflowStep): boolean {
  const key = step.idempotencyKey;
  if (key === undefined || !isStableKey(key) || step.orderingKey === undefined) return false;
  if (key.in !== 'body' && key.in !== 'message-payload') return false;
  return key.from.some((field) => VERSION_FIELD.test(field));
}

export class SimStep {
  readonly histogram = new Histogram();
  attempts = 0;
  retries = 0;
  copies = 0;
  succeeded = 0;
  duplicatesSuppressed = 0;
  duplicateApplications = 0;
  /** Messages a receiver with a version check dropped because it had applied a newer one. */
  staleDropped = 0;
  deadLettered = 0;
  lost = 0;
  /** Whether each error token is retried by this step, filled on first use. */
  readonly retryableCache = new Map<string, boolean>();
  /** Whether the step declares an idempotency key that stays the same across attempts; see idempotency.ts. */
  readonly isIdempotent: boolean;
  readonly isOrdered: boolean;
  /** Whether the target keeps only the newest message of each ordering-key value; see `hasVersionCheck`. */
  readonly isVersioned: boolean;
  /** Whether the channel waits on this step, so that a failure is an error shown to the channel. */
  readonly isChannelFacing: boolean;
  /** The caller's client-side throttle for the target's rate limits, shared by every step on the same link. */
  throttle: ClientThrottle | undefined = undefined;

  constructor(
    readonly index: number,
    readonly workflowId: string,
    readonly decl: WorkflowStep,
    readonly from: SimSystem,
    readonly to: SimSystem,
    readonly service: ServiceTime,
    /** Timeout of one attempt, in milliseconds. */
    readonly timeout: number,
    readonly retry: RetrySettings | undefined,
    readonly deadLetter: DeadLetterTarget | undefined,
    readonly faults: StepFaults,
    readonly serviceRandom: Random,
    readonly retryRandom: Random,
  ) {
    this.isIdempotent = isStableKey(decl.idempotencyKey);
    this.isOrdered = decl.orderingKey !== undefined;
    this.isVersioned = hasVersionCheck(decl);
    this.isChannelFacing = decl.mode === 'sync' && decl.channelFacing === true;
  }

  get id(): string {
    return this.decl.id;
  }
}

/** Resequencer state of one ordering-key value at one route node. */
export interface KeyState {
  /** Origin sequence number the resequencer releases next. */
  expected: number;
  /** Whether the message with `expected` is being delivered. */
  busy: boolean;
  /** Messages held back, sorted by origin sequence number. */
  waiting: Message[];
  /** Sequence numbers above `expected` that will never arrive here. */
  skipped: Set<number> | undefined;
}

export class SimNode {
  /** Per-key resequencer state; only on ordered steps of routes whose instances share keys. */
  readonly keyStates: Map<number, KeyState> | undefined;
  /** Observers whose `onApply` watches this node, filled in when a simulation starts. */
  applyObservers: Observer[] = [];
  /** Newest origin sequence number applied per key, on versioned steps of routes whose instances share keys. */
  readonly newestApplied: Float64Array | undefined;

  constructor(
    readonly index: number,
    readonly step: SimStep,
    readonly parent: number,
    readonly children: number[],
    readonly subtree: number[],
    /** Whether the step's caller fetches the message from its target, as a poll does. */
    readonly isPull: boolean,
    resequenced: boolean,
    /** The sales channel this step calls; it runs only for the instances that came from that channel. */
    readonly onlyFor: string | undefined,
    /** Size of the route's key pool; undefined gives each instance its own key. */
    keys: number | undefined,
  ) {
    this.keyStates = resequenced ? new Map() : undefined;
    this.newestApplied = keys !== undefined && step.isVersioned ? new Float64Array(keys).fill(-1) : undefined;
  }
}

export class SimWorkflow {
  readonly histogram = new Histogram();
  started = 0;
  completed = 0;
  /** Instances with a message dead-lettered or lost. */
  failed = 0;
  /** Instances whose channel got an error from a step it waits on. */
  refused = 0;
  rejected = 0;
  shed = 0;

  constructor(readonly decl: Workflow, readonly sla: Sla | undefined) {}

  get id(): string {
    return this.decl.id;
  }
}

export class SimRoute {
  /** Next origin sequence number per key, when instances share a pool of keys. */
  readonly nextSequence: Float64Array | undefined;

  constructor(
    readonly index: number,
    readonly workflow: SimWorkflow,
    readonly channel: string,
    readonly nodes: SimNode[],
    readonly roots: number[],
    /** Size of the key pool; undefined gives each instance its own key. */
    readonly keys: number | undefined,
    /**
     * Sales channels the instances come from, drawn per instance by their declared share, when
     * the route's own channel is not one and some step calls a sales channel.
     */
    readonly salesChannels: SalesChannelMix | undefined,
  ) {
    this.nextSequence = keys === undefined ? undefined : new Float64Array(keys);
  }
}

/** One business object travelling a route: an order, a stock movement, a return... */
export class Instance {
  /** Bit i is set once the target of route node i has applied the instance's write. */
  private appliedBits = 0;
  /** The same, for route nodes from index 31 on; allocated only for such long routes. */
  private appliedBeyond: Set<number> | undefined = undefined;
  /** Route nodes not yet delivered, dead-lettered or abandoned. */
  pending: number;
  failed = false;
  refused = false;

  constructor(
    readonly id: number,
    readonly route: SimRoute,
    /** Ordering-key value. */
    readonly key: number,
    /** Origin sequence number within the key. */
    readonly sequence: number,
    readonly startedAt: number,
    /** Sales channel the instance came from, where a step depends on it. */
    readonly salesChannel: string | undefined,
  ) {
    this.pending = route.nodes.length;
  }

  markApplied(node: number): void {
    if (node < 31) this.appliedBits |= 1 << node;
    else (this.appliedBeyond ??= new Set()).add(node);
  }

  hasApplied(node: number): boolean {
    return node < 31 ? (this.appliedBits & (1 << node)) !== 0 : this.appliedBeyond?.has(node) === true;
  }
}

/** The message of one instance at one route node, across its attempts and replays. */
export class Message {
  attempt = 0;
  /** How often the target has applied this message, copies and retries included. */
  applied = 0;
  replays = 0;
  /** Identifier of the current attempt, kept across replays; responses to older attempts are ignored. */
  token = 0;
  previousWait = 0;
  /** Whether the resequencer has already let the next message of the key go. */
  released = false;
  /** Whether an injected fault has struck any attempt, copy or delivery of this message. */
  faulted = false;

  constructor(readonly instance: Instance, readonly node: SimNode, readonly readyAt: number) {}
}

/** One delivery of an attempt to the target system; a duplicate delivery is a copy. */
export class Delivery {
  answered = false;
  timeoutScheduled = false;
  error: string | undefined = undefined;
  retryAfter: number | undefined = undefined;
  lostAck = false;

  constructor(
    readonly message: Message,
    readonly token: number,
    readonly isCopy: boolean,
    readonly sentAt: number,
    readonly deadline: number,
  ) {}
}
