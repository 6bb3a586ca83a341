import type { Change, ChangeLevel } from './types.js';

const LEVEL_ORDER: Record<ChangeLevel, number> = { breaking: 0, warning: 1, info: 2 };

/** Orders changes for reports: breaking first, then by contract, file, line, column, id and message. */
export function compareChanges(a: Change, b: Change): number {
  const aPlace = a.revision ?? a.base;
  const bPlace = b.revision ?? b.base;
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    (a.contract ?? '').localeCompare(b.contract ?? '') ||
    (aPlace?.file ?? '').localeCompare(bPlace?.file ?? '') ||
    (aPlace?.line ?? 0) - (bPlace?.line ?? 0) ||
    (aPlace?.column ?? 0) - (bPlace?.column ?? 0) ||
    a.id.localeCompare(b.id) ||
    a.message.localeCompare(b.message)
  );
}
