import type { FreezeWindow } from '../../model/types.js';
import { isLevelAtLeast, type Change, type ChangeLevel, type DiffSummary } from '../types.js';
import { dayOf } from './dates.js';
import { freezeWindowFor } from './freeze.js';
import { locationCovers, type ChangeSite } from './location.js';
import type { WaiverEntry } from './waivers.js';

/** Lowest change level that fails the run, or `none` to fail only on expired waivers and freezes. */
export type FailOn = ChangeLevel | 'none';

export interface GateOptions {
  failOn: FailOn;
  /** The day the run is dated, YYYY-MM-DD. */
  day: string;
  waivers: readonly WaiverEntry[];
  /** Freeze windows of the revision estate; empty for a comparison of two contract files. */
  freezeWindows: readonly FreezeWindow[];
  /**
   * Further places of a change that waiver locations may name, besides its revision and base
   * locations: its files relative to the current folder, and the id paths of declaration nodes.
   */
  extraSites?: (change: Change) => ChangeSite[];
}

export interface GateOutcome {
  changes: Change[];
  summary: Omit<DiffSummary, 'compatibility'>;
  /** Whether the run exits 1. */
  failed: boolean;
  /** Waivers that matched no change: candidates for removal from the waiver file. */
  unusedWaivers: WaiverEntry[];
}

function isExpired(waiver: WaiverEntry, day: string): boolean {
  const expires = dayOf(waiver.expires);
  // An expiry the loader let through but that does not parse cannot accept anything.
  return expires === undefined || expires < day;
}

/** Returns the waiver that accepts the change: a valid one when there is one, else an expired one. */
function waiverFor(change: Change, options: GateOptions): { waiver: WaiverEntry; expired: boolean } | undefined {
  const { waivers, day } = options;
  const candidates = waivers.filter((waiver) => waiver.change === change.id);
  if (candidates.length === 0) return undefined;
  const extraSites = options.extraSites?.(change) ?? [];
  const matching = candidates.filter((waiver) => locationCovers(waiver.location, change, extraSites));
  const valid = matching.find((waiver) => !isExpired(waiver, day));
  if (valid !== undefined) return { waiver: valid, expired: false };
  return matching.length === 0 ? undefined : { waiver: matching[0], expired: true };
}

/**
 * Applies waivers and freeze windows to the changes and decides the exit code. A change fails the
 * run when no valid waiver accepts it and either its level is at or above `failOn` or it is a
 * breaking change inside a freeze window. A change whose only waiver has expired always fails.
 */
export function applyGate(changes: readonly Change[], options: GateOptions): GateOutcome {
  const used = new Set<WaiverEntry>();
  const summary = { breaking: 0, warning: 0, info: 0, waived: 0, expiredWaivers: 0, inFreeze: 0 };
  let failed = false;

  const gated = changes.map((original): Change => {
    const change: Change = { ...original };
    summary[change.level] += 1;

    const match = waiverFor(change, options);
    if (match !== undefined) {
      used.add(match.waiver);
      const { approver, reason, expires } = match.waiver;
      change.waiver = { approver, reason, expires, expired: match.expired };
      if (match.expired) summary.expiredWaivers += 1;
      else summary.waived += 1;
    }

    if (change.level === 'breaking') {
      const window = freezeWindowFor(change, options.freezeWindows, options.day);
      if (window !== undefined) {
        change.freeze = { id: window.id, start: window.start, end: window.end, ...(window.reason === undefined ? {} : { reason: window.reason }) };
        summary.inFreeze += 1;
      }
    }

    const accepted = change.waiver !== undefined && !change.waiver.expired;
    const overThreshold = options.failOn !== 'none' && isLevelAtLeast(change.level, options.failOn);
    if (change.waiver?.expired === true || (!accepted && (overThreshold || change.freeze !== undefined))) failed = true;
    return change;
  });

  return { changes: gated, summary, failed, unusedWaivers: options.waivers.filter((waiver) => !used.has(waiver)) };
}
