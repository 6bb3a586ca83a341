import { compareChanges } from '../../diff/order.js';
import { CHANGE_LEVELS, type Change, type ChangeLevel, type DiffLocation, type DiffResult, type DiffSummary } from '../../diff/types.js';

/** Returns the location a report points at first: the revision, or the base when the revision lacks the element. */
export function primaryLocation(change: Change): DiffLocation | undefined {
  return change.revision ?? change.base;
}

/** Formats a location as `file:line:column`. */
export function formatLocation(location: DiffLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** Names the contract a change belongs to, falling back to the compared file or the revision argument. */
export function contractOf(change: Change, result: DiffResult): string {
  return change.contract ?? primaryLocation(change)?.file ?? result.revision;
}

/** Returns whether a change is accepted by a waiver that has not expired. */
export function isWaived(change: Change): boolean {
  return change.waiver !== undefined && !change.waiver.expired;
}

/**
 * Returns whether a change fails the default gate: a breaking change without a valid waiver, or
 * any change whose waiver has expired.
 */
export function isFailing(change: Change): boolean {
  return (change.level === 'breaking' && !isWaived(change)) || change.waiver?.expired === true;
}

/** Compares by UTF-16 code units, so the order does not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/** Returns the changes in report order (breaking first, then contract and position), without changing the result. */
export function sortedChanges(result: DiffResult): Change[] {
  return [...result.changes].sort(compareChanges);
}

/** Returns the changes grouped by contract in name order, each group in report order. */
export function changesByContract(changes: readonly Change[], result: DiffResult): Map<string, Change[]> {
  const groups = groupBy([...changes].sort(compareChanges), (change) => contractOf(change, result));
  return new Map([...groups].sort(([a], [b]) => compareText(a, b)));
}

/** Groups changes by a key, keeping the order of first appearance. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/** Formats a count with its noun, adding `s` unless the count is one. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Formats the counts of a summary, for example `2 breaking, 1 warning, 0 info (1 waived)`. */
export function describeCounts(summary: DiffSummary): string {
  const levels = `${summary.breaking} breaking, ${plural(summary.warning, 'warning')}, ${summary.info} info`;
  const extras = [
    summary.waived > 0 ? `${summary.waived} waived` : undefined,
    summary.expiredWaivers > 0 ? plural(summary.expiredWaivers, 'expired waiver') : undefined,
    summary.inFreeze > 0 ? `${summary.inFreeze} in a freeze window` : undefined,
  ].filter((part) => part !== undefined);
  return extras.length === 0 ? levels : `${levels} (${extras.join(', ')})`;
}

/** Model compatibility entries sorted by model id. */
export function compatibilityRows(summary: DiffSummary): Array<[string, { backward: boolean; forward: boolean; full: boolean }]> {
  return Object.entries(summary.compatibility ?? {}).sort(([a], [b]) => compareText(a, b));
}

/** Returns the highest level among the changes, or undefined when there are none. */
export function highestLevel(changes: readonly Change[]): ChangeLevel | undefined {
  return CHANGE_LEVELS.find((level) => changes.some((change) => change.level === level));
}
