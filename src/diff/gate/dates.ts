import { UsageError } from '../../errors.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns whether `value` is a calendar date written as YYYY-MM-DD, such as 2025-11-28. */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Returns the day a diff run is dated: the `--date` value, or today in UTC. Freeze windows and
 * waiver expiry are compared in UTC, so a run gives the same result on every machine that day.
 */
export function runDay(flag: string | undefined, now: Date = new Date()): string {
  if (flag === undefined) return now.toISOString().slice(0, 10);
  if (!isDay(flag)) throw new UsageError(`invalid --date '${flag}'; write a calendar date as YYYY-MM-DD, such as 2025-11-28`);
  return flag;
}

/**
 * Returns the day part of an expiry date. Declarations may also write a date-time, such as
 * 2025-11-28T06:00:00Z, whose UTC day is used; returns undefined when the value parses as neither.
 */
export function dayOf(value: string): string | undefined {
  if (isDay(value)) return value;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? undefined : new Date(instant).toISOString().slice(0, 10);
}
