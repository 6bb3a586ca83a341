/** Date windows of change control as half-open intervals of milliseconds since the epoch. */

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Interval {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Parses a window's bounds. A date without a time covers that whole day in UTC, so a window from
 * 2025-11-28 to 2025-11-28 lasts one day. Returns undefined when a bound does not parse.
 */
export function parseWindow(window: { start: string; end: string }): Interval | undefined {
  const start = parseInstant(window.start, false);
  const end = parseInstant(window.end, true);
  if (start === undefined || end === undefined) return undefined;
  return { start, end };
}

/** Returns whether two intervals share at least one instant. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

function parseInstant(value: string, isEnd: boolean): number | undefined {
  const date = DATE_ONLY.exec(value);
  if (date !== null) {
    const dayStart = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    return isEnd ? dayStart + DAY_MS : dayStart;
  }
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? undefined : instant;
}
