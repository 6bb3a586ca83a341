/** Peak request rates of workflows, from the declared traffic. */
import type { Estate, Traffic } from '../../../model/types.js';
import { parseRate } from '../../../model/units.js';

/** Returns the rate a traffic entry can reach: its peak, capped by its own rate limit. */
export function effectivePeak(traffic: Traffic): number | undefined {
  const peak = parseRate(traffic.peak);
  if (peak === undefined) return undefined;
  const cap = parseRate(traffic.rateLimit?.limit);
  return cap === undefined ? peak : Math.min(peak, cap);
}

/** Returns the peak rate per workflow id, summed over every channel's traffic entry, per second. */
export function workflowPeaks(estate: Estate): Map<string, number> {
  const peaks = new Map<string, number>();
  for (const traffic of estate.traffic) {
    const peak = effectivePeak(traffic);
    if (peak === undefined) continue;
    peaks.set(traffic.workflow, (peaks.get(traffic.workflow) ?? 0) + peak);
  }
  return peaks;
}
