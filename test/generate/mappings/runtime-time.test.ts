import { describe, expect, it } from 'vitest';
import { MappingError } from '../../../runtime/mapping-errors.js';
import { toLocalTime, toUtc } from '../../../runtime/mapping-time.js';

const at = { mapping: 'test-mapping', field: 'placedAt' };

describe('toUtc', () => {
  // [local time, time zone, UTC]
  const cases: Array<[string, string, string]> = [
    ['2027-11-26T09:15:00', 'Europe/Berlin', '2027-11-26T08:15:00Z'],
    ['2027-07-03T14:30:00', 'Europe/Berlin', '2027-07-03T12:30:00Z'],
    // Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on 28 March 2027.
    ['2027-03-28T01:59:59', 'Europe/Berlin', '2027-03-28T00:59:59Z'],
    ['2027-03-28T03:00:00', 'Europe/Berlin', '2027-03-28T01:00:00Z'],
    // 02:00 to 02:59 do not exist that night; they move forward by the hour the clocks skip.
    ['2027-03-28T02:00:00', 'Europe/Berlin', '2027-03-28T01:00:00Z'],
    ['2027-03-28T02:30:00', 'Europe/Berlin', '2027-03-28T01:30:00Z'],
    // Berlin moves back from UTC+2 to UTC+1 at 01:00 UTC on 31 October 2027: 02:00 to 02:59 occur
    // twice, and the earlier (summer time) instant is taken.
    ['2027-10-31T01:59:59', 'Europe/Berlin', '2027-10-30T23:59:59Z'],
    ['2027-10-31T02:30:00', 'Europe/Berlin', '2027-10-31T00:30:00Z'],
    ['2027-10-31T03:00:00', 'Europe/Berlin', '2027-10-31T02:00:00Z'],
    ['2027-03-31T01:59:59', 'Europe/Berlin', '2027-03-30T23:59:59Z'],
    // New York: clocks go forward at 02:00 local on 14 March 2027 and back at 02:00 on 7 November.
    ['2027-03-14T02:30:00', 'America/New_York', '2027-03-14T07:30:00Z'],
    ['2027-11-07T01:30:00', 'America/New_York', '2027-11-07T05:30:00Z'],
    ['2027-11-07T02:30:00', 'America/New_York', '2027-11-07T07:30:00Z'],
    // Southern hemisphere: Sydney leaves summer time at 03:00 local on 4 April 2027.
    ['2027-04-04T02:30:00', 'Australia/Sydney', '2027-04-03T15:30:00Z'],
    ['2027-01-15T12:00:00', 'Asia/Kolkata', '2027-01-15T06:30:00Z'],
    ['2027-01-01T00:00:00', 'UTC', '2027-01-01T00:00:00Z'],
    ['2027-12-31T23:30:00', 'Europe/Berlin', '2027-12-31T22:30:00Z'],
    ['2028-02-29T12:00:00', 'Europe/Berlin', '2028-02-29T11:00:00Z'],
    ['2027-11-26T09:15', 'Europe/Berlin', '2027-11-26T08:15:00Z'],
    ['2027-11-26 09:15:00.250', 'Europe/Berlin', '2027-11-26T08:15:00.250Z'],
  ];
  for (const [local, timeZone, expected] of cases) {
    it(`${local} in ${timeZone} is ${expected}`, () => {
      expect(toUtc(local, timeZone, at)).toBe(expected);
    });
  }

  it('normalises a value with an offset', () => {
    expect(toUtc('2027-11-26T09:15:00+01:00', 'America/New_York', at)).toBe('2027-11-26T08:15:00Z');
    expect(toUtc('2027-11-26T09:15:00-0530', 'Europe/Berlin', at)).toBe('2027-11-26T14:45:00Z');
    expect(toUtc('2027-11-26T09:15:00Z', 'Europe/Berlin', at)).toBe('2027-11-26T09:15:00Z');
  });

  it('rejects impossible dates and other text', () => {
    for (const bad of ['2027-02-30T10:00:00', '2027-13-01T10:00:00', '2027-01-01T24:00:00', '2027-01-01', 'yesterday', '', 20271126, null]) {
      expect(() => toUtc(bad, 'Europe/Berlin', at), String(bad)).toThrow(MappingError);
    }
  });

  it('rejects an unknown time zone', () => {
    expect(() => toUtc('2027-01-01T10:00:00', 'Mars/Olympus_Mons', at)).toThrow(/unknown IANA time zone/);
  });
});

describe('toLocalTime', () => {
  it('gives wall-clock time without offset', () => {
    expect(toLocalTime('2027-11-26T08:15:00Z', 'Europe/Berlin', at)).toBe('2027-11-26T09:15:00');
    expect(toLocalTime('2027-07-03T12:30:00Z', 'Europe/Berlin', at)).toBe('2027-07-03T14:30:00');
  });

  it('tells the repeated hour apart by offset', () => {
    expect(toLocalTime('2027-10-31T00:30:00Z', 'Europe/Berlin', at, true)).toBe('2027-10-31T02:30:00+02:00');
    expect(toLocalTime('2027-10-31T01:30:00Z', 'Europe/Berlin', at, true)).toBe('2027-10-31T02:30:00+01:00');
    expect(toLocalTime('2027-03-14T07:30:00.125Z', 'America/New_York', at, true)).toBe('2027-03-14T03:30:00.125-04:00');
    expect(toLocalTime('2027-01-15T06:30:00Z', 'Asia/Kolkata', at, true)).toBe('2027-01-15T12:00:00+05:30');
  });

  it('round-trips with toUtc outside the skipped hour', () => {
    for (const utc of ['2027-03-28T00:59:59Z', '2027-03-28T01:00:00Z', '2027-10-31T00:30:00Z', '2027-06-01T12:00:00Z']) {
      expect(toUtc(toLocalTime(utc, 'Europe/Berlin', at, true), 'Europe/Berlin', at)).toBe(utc);
    }
  });

  it('rejects a value without offset', () => {
    expect(() => toLocalTime('2027-11-26T08:15:00', 'Europe/Berlin', at)).toThrow(/with an offset/);
  });
});
