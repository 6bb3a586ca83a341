import { MappingError, type FieldRef } from './mapping-errors.js';

const DAY_MS = 86_400_000;

/** `2027-11-26T09:15:00`, optionally with a fraction and then an offset (`Z`, `+01:00`, `-0500`). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

interface DateTimeParts {
  /** Milliseconds since the epoch of the wall-clock time read as if it were UTC, whole seconds. */
  wallMs: number;
  /** The fraction of a second as written, with its point, or ''. */
  fraction: string;
  /** Offset from UTC in minutes, when the value has one. */
  offsetMinutes?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, at: FieldRef): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23',
        year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
    } catch {
      throw new MappingError(at, 'invalid-value', timeZone, 'unknown IANA time zone');
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Returns milliseconds since the epoch of a UTC date and time, for any four-digit year. */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function parseDateTime(value: unknown, at: FieldRef): DateTimeParts {
  const match = typeof value === 'string' ? DATE_TIME.exec(value.trim()) : null;
  if (match === null) {
    throw new MappingError(at, 'invalid-value', value, 'expected an ISO 8601 date and time such as 2027-11-26T09:15:00');
  }
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((index) => Number(match[index]));
  const second = Number(match[6] ?? '0');
  const wallMs = utcMs(year!, month!, day!, hour!, minute!, second);
  const check = new Date(wallMs);
  // Date rolls 2027-02-30 over to March; a value that does not read back is not a real date.
  if (check.getUTCMonth() + 1 !== month || check.getUTCDate() !== day || hour! > 23 || minute! > 59 || second > 59) {
    throw new MappingError(at, 'invalid-value', value, 'not a valid calendar date and time');
  }
  const parts: DateTimeParts = { wallMs, fraction: match[7] ?? '' };
  const offset = match[8];
  if (offset !== undefined) {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, '');
    parts.offsetMinutes = /^[Zz]$/.test(offset) ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return parts;
}

/** Returns the wall-clock time in `timeZone` at an instant, as milliseconds read as if UTC. */
function wallClockAt(instantMs: number, timeZone: string, at: FieldRef): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone, at).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return utcMs(parts.year ?? 0, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/**
 * Returns the instant at which the wall clock of `timeZone` shows `wallMs`. A time that occurs
 * twice, when clocks go back, takes the earlier instant. A time skipped when clocks go forward
 * moves forward by the length of the gap, so 02:30 on a night that jumps from 02:00 to 03:00
 * becomes 03:30. Both choices are the `compatible` disambiguation of the TC39 Temporal proposal.
 */
function instantOfWallClock(wallMs: number, timeZone: string, at: FieldRef): number {
  const offsetBefore = wallClockAt(wallMs - DAY_MS, timeZone, at) - (wallMs - DAY_MS);
  const offsetAfter = wallClockAt(wallMs + DAY_MS, timeZone, at) - (wallMs + DAY_MS);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter]
    .filter((instant) => wallClockAt(instant, timeZone, at) === wallMs)
    .sort((a, b) => a - b);
  return candidates[0] ?? wallMs - offsetBefore;
}

function formatWallClock(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 19);
}

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}:${String(magnitude % 60).padStart(2, '0')}`;
}

/**
 * Converts a date and time to UTC, as `2027-11-26T08:15:00Z`. A value without an offset is read as
 * wall-clock time in `timeZone` (an IANA name such as `Europe/Berlin`). Daylight saving time comes
 * from the time zone data of the JavaScript engine. A value with an offset is only normalised, and
 * the fraction of a second is kept as written.
 */
export function toUtc(value: unknown, timeZone: string, at: FieldRef): string {
  const parts = parseDateTime(value, at);
  const instant = parts.offsetMinutes === undefined
    ? instantOfWallClock(parts.wallMs, timeZone, at)
    : parts.wallMs - parts.offsetMinutes * 60_000;
  formatterFor(timeZone, at);
  return `${formatWallClock(instant)}${parts.fraction}Z`;
}

/**
 * Converts a date and time with an offset (such as `2027-11-26T08:15:00Z`) to the wall-clock time
 * in `timeZone`: `2027-11-26T09:15:00` in Europe/Berlin, or `2027-11-26T09:15:00+01:00` when
 * `withOffset` is set. A value without an offset is rejected, since its instant is unknown.
 */
export function toLocalTime(value: unknown, timeZone: string, at: FieldRef, withOffset = false): string {
  const parts = parseDateTime(value, at);
  if (parts.offsetMinutes === undefined) {
    throw new MappingError(at, 'invalid-value', value, 'expected a date and time with an offset such as Z or +01:00');
  }
  const instant = parts.wallMs - parts.offsetMinutes * 60_000;
  const wall = wallClockAt(instant, timeZone, at);
  // NOTE: offsets before standard time (local mean time, such as +00:53:28 in Berlin before 1893)
  // are cut to whole minutes.
  const offset = withOffset ? formatOffset(Math.trunc((wall - instant) / 60_000)) : '';
  return `${formatWallClock(wall)}${parts.fraction}${offset}`;
}
