import type { Change, DiffLocation, DiffSummary } from '../../diff/types.js';
import { compatibilityRows, sortedChanges } from './common.js';
import type { DiffReporter } from './types.js';

function location(side: DiffLocation | undefined) {
  if (side === undefined) return null;
  return { file: side.file, pointer: side.pointer, line: side.line, column: side.column };
}

function freezeJson(freeze: NonNullable<Change['freeze']>) {
  return { id: freeze.id, start: freeze.start, end: freeze.end, ...(freeze.reason === undefined ? {} : { reason: freeze.reason }) };
}

// Keys are written in a fixed order so that two runs on the same input print the same bytes.
function toJson(change: Change) {
  return {
    id: change.id,
    level: change.level,
    direction: change.direction,
    area: change.area,
    message: change.message,
    base: location(change.base),
    revision: location(change.revision),
    ...(change.contract === undefined ? {} : { contract: change.contract }),
    ...(change.system === undefined ? {} : { system: change.system }),
    ...(change.usedBy === undefined ? {} : { usedBy: [...change.usedBy] }),
    ...(change.waiver === undefined
      ? {}
      : { waiver: { approver: change.waiver.approver, reason: change.waiver.reason, expires: change.waiver.expires, expired: change.waiver.expired } }),
    ...(change.freeze === undefined ? {} : { freeze: freezeJson(change.freeze) }),
  };
}

function summaryJson(summary: DiffSummary, date: string | undefined) {
  const models = compatibilityRows(summary);
  return {
    ...(date === undefined ? {} : { date }),
    breaking: summary.breaking,
    warning: summary.warning,
    info: summary.info,
    waived: summary.waived,
    expiredWaivers: summary.expiredWaivers,
    inFreeze: summary.inFreeze,
    ...(summary.compatibility === undefined
      ? {}
      : { compatibility: Object.fromEntries(models.map(([model, c]) => [model, { backward: c.backward, forward: c.forward, full: c.full }])) }),
  };
}

/**
 * Changes and counts as JSON for `jq` and other tools. A side where the element has no location
 * is `null`, so every change has the same keys up to the optional contract, system, usedBy,
 * waiver and freeze. The summary starts with the day the run is dated.
 */
export const json: DiffReporter = (result) =>
  JSON.stringify({ changes: sortedChanges(result).map(toJson), summary: summaryJson(result.summary, result.date) }, null, 2) + '\n';
