import { compareChanges } from '../../diff/order.js';
import {
  CHANGE_LEVELS, type Change, type ChangeDirection, type ChangeLevel, type ContractInfo, type DiffLocation, type DiffResult, type DiffSummary,
} from '../../diff/types.js';

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

/** Whose code or promises each direction's changes affect, as the reports explain a direction. */
export const DIRECTION_NOTES: Record<ChangeDirection, string> = {
  request: 'clients that send the request',
  response: 'clients that read the response',
  producer: 'services that publish the message',
  consumer: 'services that receive the message',
  declaration: "the estate's declared ownership and policies",
  none: 'documentation only',
};

/** Returns the day the run is dated as a clause for report headers, or an empty string without one. */
export function datedClause(result: DiffResult): string {
  return result.date === undefined ? '' : `run dated ${result.date}`;
}

/**
 * Returns whether breaking changes remain that the board has to approve: breaking changes
 * without a valid waiver.
 */
export function hasUnwaivedBreaking(result: DiffResult): boolean {
  return result.changes.some((change) => change.level === 'breaking' && !isWaived(change));
}

/** The description of a change's contract on each side, when the result has one. */
export interface ContractSides {
  base?: ContractInfo;
  revision?: ContractInfo;
}

/**
 * Returns the base and revision descriptions of the contract a group of changes belongs to. In a
 * comparison of two contract files, each side has one contract, whatever its path.
 */
export function contractSides(contract: string, result: DiffResult): ContractSides {
  const contracts = result.contracts;
  if (contracts === undefined) return {};
  if (result.compared === 'contracts') return { base: contracts.base[0], revision: contracts.revision[0] };
  return {
    base: contracts.base.find((info) => info.id === contract),
    revision: contracts.revision.find((info) => info.id === contract),
  };
}

/** Formats a contract's version, or its base and revision versions when they differ: `1.4.0 → 2.0.0`. */
export function versionText(sides: ContractSides): string | undefined {
  const base = sides.base?.version;
  const revision = sides.revision?.version;
  if (base !== undefined && revision !== undefined && base !== revision) return `${base} → ${revision}`;
  return revision ?? base;
}
