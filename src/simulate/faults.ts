/**
 * Fault injection. Each fault of the scenario applies to the calls of some steps (by target
 * system, link or step id, or every step) within its time window. Each fault draws from its own
 * seeded stream and counts how often it struck, for the coverage report and the fault timeline.
 */
import type { WorkflowStep } from '../model/types.js';
import { streamFor, type Random } from './rng.js';
import type { ResolvedFault } from './scenario/resolve.js';

/** The faults that can strike one step, grouped by kind. */
export interface StepFaults {
  outages: ResolvedFault[];
  errorBursts: ResolvedFault[];
  latencySpikes: ResolvedFault[];
  duplicates: ResolvedFault[];
  reorders: ResolvedFault[];
  lostAcks: ResolvedFault[];
}

function appliesTo(fault: ResolvedFault, step: WorkflowStep): boolean {
  if (fault.step !== undefined) return fault.step === step.id;
  if (fault.system !== undefined) return fault.system === step.to;
  if (fault.link !== undefined) return fault.link.from === step.from && fault.link.to === step.to;
  return true;
}

export class FaultPlan {
  /** Times each fault struck, by fault index. */
  readonly injected: Float64Array;
  private readonly streams: Random[];

  constructor(readonly faults: ResolvedFault[], seed: number) {
    this.injected = new Float64Array(faults.length);
    // A fault's stream is named by its content, not its position, so removing one fault while
    // shrinking leaves the draws of the others unchanged.
    const seen = new Map<string, number>();
    this.streams = faults.map((fault) => {
      const name = `fault:${fault.label}:${fault.start}:${fault.end}:${fault.probability}`;
      const occurrence = seen.get(name) ?? 0;
      seen.set(name, occurrence + 1);
      return streamFor(seed, `${name}:${occurrence}`);
    });
  }

  /** Collects the faults that apply to `step`. */
  forStep(step: WorkflowStep): StepFaults {
    const matching = this.faults.filter((fault) => appliesTo(fault, step));
    const ofKind = (kind: ResolvedFault['kind']): ResolvedFault[] => matching.filter((fault) => fault.kind === kind);
    return {
      outages: ofKind('outage'),
      errorBursts: ofKind('error-burst'),
      latencySpikes: ofKind('latency-spike'),
      duplicates: ofKind('duplicate-delivery'),
      reorders: ofKind('reordering'),
      lostAcks: ofKind('lost-ack'),
    };
  }

  /**
   * Returns the first fault of `list` active at `now` that strikes this call, drawing from its
   * stream, and counts the strike. Returns undefined when no fault strikes.
   */
  strike(list: ResolvedFault[], now: number): ResolvedFault | undefined {
    for (let i = 0; i < list.length; i++) {
      const fault = list[i];
      if (now < fault.start || now >= fault.end) continue;
      if (fault.probability < 1 && !this.streams[fault.index].chance(fault.probability)) continue;
      this.injected[fault.index]++;
      return fault;
    }
    return undefined;
  }

  /** Returns the latency that active spikes add to a call at `now`, in milliseconds. */
  extraLatency(list: ResolvedFault[], now: number): number {
    let extra = 0;
    for (let i = 0; i < list.length; i++) {
      const fault = list[i];
      if (now < fault.start || now >= fault.end) continue;
      if (fault.probability < 1 && !this.streams[fault.index].chance(fault.probability)) continue;
      this.injected[fault.index]++;
      extra += fault.extra;
    }
    return extra;
  }

  /** Draws a delay between 0 and the fault's `maxDelay` from the fault's stream. */
  delay(fault: ResolvedFault): number {
    return this.streams[fault.index].uniform(0, fault.maxDelay);
  }
}
