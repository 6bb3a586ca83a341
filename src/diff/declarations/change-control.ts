import type { FreezeWindow } from '../../model/types.js';
import type { Workspace } from '../../workspace/types.js';
import type { Side } from '../collector.js';
import { fileOf, idOf, pairBy, sectionSite, siteOf, type DeclarationComparison } from './sites.js';

/** Reports removed or shortened freeze windows and removed breaking-change approvers. */
export function compareChangeControl({ base, revision, collector }: DeclarationComparison): void {
  const windows = pairBy(base.estate.changeControl.freezeWindows ?? [], revision.estate.changeControl.freezeWindows ?? [], idOf);
  for (const window of windows.removed) {
    collector.add('freeze-window-removed',
      { base: siteOf(base, window), revision: sectionSite(revision, ['changeControl', 'freezeWindows'], fileOf(base, window)) },
      { window: window.id });
  }
  for (const [before, after] of windows.pairs) {
    if (!isShortened(before, after)) continue;
    const path = startOf(after) > startOf(before) ? 'start' : 'end';
    collector.add('freeze-window-shortened', { base: siteOf(base, before, path), revision: siteOf(revision, after, path) },
      { window: before.id, base: `${before.start}/${before.end}`, revision: `${after.start}/${after.end}` });
  }

  const approvers = revision.estate.changeControl.breakingChangeApprovers ?? [];
  for (const approver of base.estate.changeControl.breakingChangeApprovers ?? []) {
    if (approvers.includes(approver)) continue;
    collector.add('breaking-change-approver-removed', {
      base: approverSite(base, approver),
      revision: sectionSite(revision, ['changeControl', 'breakingChangeApprovers']),
    }, { approver });
  }
}

/** Returns where an approver is listed. The estate's list merges those of several files, so the files are searched. */
function approverSite(workspace: Workspace, approver: string): Side {
  for (const file of workspace.declarationFiles) {
    const changeControl = (file.data as { changeControl?: { breakingChangeApprovers?: unknown } }).changeControl;
    const approvers = changeControl?.breakingChangeApprovers;
    const index = Array.isArray(approvers) ? approvers.indexOf(approver) : -1;
    if (index >= 0) return { file, pointer: `/changeControl/breakingChangeApprovers/${index}` };
  }
  return sectionSite(workspace, ['changeControl', 'breakingChangeApprovers']);
}

/** Returns whether the revision leaves some day of the base window open: it starts later or ends earlier. */
function isShortened(before: FreezeWindow, after: FreezeWindow): boolean {
  return startOf(after) > startOf(before) || endOf(after) < endOf(before);
}

function startOf(window: FreezeWindow): number {
  return Date.parse(String(window.start));
}

function endOf(window: FreezeWindow): number {
  return Date.parse(String(window.end));
}
