/** Latency arithmetic over the steps of a workflow. */
import type { Workflow, WorkflowStep } from '../../../model/types.js';
import { formatDuration } from '../../../model/units.js';
import { stepLatencies, type LatencyKey } from './percentiles.js';

/** Sum of the steps' latencies at one percentile, with the parts that make it up. */
export interface LatencySum {
  milliseconds: number;
  /** For messages, for example `'reserve' 200ms + 'post-order' 1.5s`. */
  breakdown: string;
}

/**
 * Returns the sum of the steps' declared latencies at `key`, counting only the steps that declare
 * it, or undefined when none does.
 */
export function sumAtPercentile(workflow: Workflow, key: LatencyKey): LatencySum | undefined {
  let milliseconds = 0;
  const parts: string[] = [];
  for (const step of workflow.steps) {
    const value = stepLatencies(step.latency).find((latency) => latency.key === key);
    if (value === undefined) continue;
    milliseconds += value.milliseconds;
    parts.push(`'${step.id}' ${formatDuration(value.milliseconds)}`);
  }
  return parts.length === 0 ? undefined : { milliseconds, breakdown: parts.join(' + ') };
}

/** Returns a step's typical latency: its lowest declared percentile, or 0 without any. */
export function nominalLatency(step: WorkflowStep): number {
  return stepLatencies(step.latency)[0]?.milliseconds ?? 0;
}
