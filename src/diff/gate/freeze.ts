import type { FreezeWindow } from '../../model/types.js';
import { overlaps, parseWindow } from '../../rules/governance/helpers/date-window.js';
import type { Change } from '../types.js';

/** Returns whether a freeze window covers a change's system; a window without systems covers all. */
function coversSystem(window: FreezeWindow, system: string | undefined): boolean {
  if (window.systems === undefined || window.systems.length === 0) return true;
  return system !== undefined && window.systems.includes(system);
}

/**
 * Returns the first freeze window that the run day falls in and that covers the change's system,
 * or undefined. `day` is YYYY-MM-DD and lasts the whole UTC day; windows follow the lint rules'
 * reading, where a date-only end includes that day. Windows that do not parse are skipped, since
 * `retailgov lint` reports them.
 */
export function freezeWindowFor(change: Change, windows: readonly FreezeWindow[], day: string): FreezeWindow | undefined {
  const runDay = parseWindow({ start: day, end: day });
  if (runDay === undefined) return undefined;
  return windows.find((window) => {
    const interval = parseWindow(window);
    return interval !== undefined && interval.end > interval.start && overlaps(runDay, interval) && coversSystem(window, change.system);
  });
}
