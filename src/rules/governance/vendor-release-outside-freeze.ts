import type { FreezeWindow } from '../../model/types.js';
import type { EstateRule } from '../types.js';
import { overlaps, parseWindow, type Interval } from './helpers/date-window.js';

function covers(freeze: FreezeWindow, systemId: string): boolean {
  return freeze.systems === undefined || freeze.systems.length === 0 || freeze.systems.includes(systemId);
}

export const rule: EstateRule = {
  id: 'vendor-release-outside-freeze',
  scope: 'estate',
  meta: {
    description: "No system's vendor release window overlaps a freeze window that covers the system, and every window ends after it starts.",
    why: 'A SaaS or cloud ERP release that lands in the Black Friday freeze changes the estate exactly when nobody may deploy a fix.',
    category: 'change-control',
    defaultSeverity: 'warn',
  },
  messages: {
    releaseInFreeze:
      "release window '{{release}}' of '{{system}}' ({{releaseStart}} to {{releaseEnd}}) overlaps freeze window '{{freeze}}' ({{freezeStart}} to {{freezeEnd}}); agree a deferral with the vendor, or test the release and plan a rollback before the freeze starts",
    freezeEndsBeforeStart:
      "freeze window '{{freeze}}' ends at {{end}}, not after its start at {{start}}; correct start or end",
    releaseEndsBeforeStart:
      "release window '{{release}}' of '{{system}}' ends at {{end}}, not after its start at {{start}}; correct start or end",
  },
  check({ workspace, report }) {
    const freezes = workspace.estate.changeControl.freezeWindows ?? [];
    // Only windows that parse and end after they start take part in the overlap check.
    const freezeIntervals = new Map<FreezeWindow, Interval>();
    for (const freeze of freezes) {
      const interval = parseWindow(freeze);
      if (interval === undefined) continue;
      if (interval.end > interval.start) {
        freezeIntervals.set(freeze, interval);
      } else {
        report({
          messageId: 'freezeEndsBeforeStart',
          data: { freeze: freeze.id, start: freeze.start, end: freeze.end },
          location: workspace.locate(freeze, 'end'),
        });
      }
    }

    for (const system of workspace.estate.systems) {
      (system.releaseCalendar ?? []).forEach((release, position) => {
        const interval = parseWindow(release);
        if (interval === undefined) return;
        if (interval.end <= interval.start) {
          report({
            messageId: 'releaseEndsBeforeStart',
            data: { release: release.name, system: system.id, start: release.start, end: release.end },
            location: workspace.locate(release, 'end'),
          });
          return;
        }
        for (const [freeze, freezeInterval] of freezeIntervals) {
          if (!covers(freeze, system.id) || !overlaps(interval, freezeInterval)) continue;
          report({
            messageId: 'releaseInFreeze',
            data: {
              release: release.name, system: system.id, releaseStart: release.start, releaseEnd: release.end,
              freeze: freeze.id, freezeStart: freeze.start, freezeEnd: freeze.end,
            },
            location: workspace.locate(system, 'releaseCalendar', position),
          });
        }
      });
    }
  },
};
