/** Hooks through which invariant checks watch a run without the engine knowing about them. */
import type { Instance, Limiter, Message, SimNode, SimSystem } from './types.js';

export interface RunEnd {
  /** Simulated time at which the run ended. */
  now: number;
  /** Instances still in flight when the drain limit ended the run. */
  stuckInstances: number;
}

export interface Observer {
  /** An instance passed the channel's admission control and got its ordering-key sequence number. */
  onAccept?(instance: Instance, now: number): void;
  /** The target of the message's step applied it; `message.applied` counts how often so far. */
  onApply?(message: Message, now: number): void;
  /**
   * Whether `onApply` needs the applications at `node`; without this method, it gets them all.
   * Asked once per route node before the run, so that the engine calls only interested checks.
   */
  watchesApply?(node: SimNode): boolean;
  /** A message was dropped: no dead-letter route took it, or the route's class has no owner. */
  onLost?(instance: Instance, node: SimNode, reason: string, now: number): void;
  /** A call went over a system's declared API rate limit at the system. */
  onLimitExceeded?(system: SimSystem, limiter: Limiter, now: number): void;
  /** A caller held a call back because the calls it offered to `system` went over `limiter`. */
  onThrottled?(system: SimSystem, limiter: Limiter, caller: string, now: number): void;
  onFinish?(end: RunEnd): void;
}

/** Writes one line of the event log. */
export interface EventSink {
  write(line: string): void;
}
