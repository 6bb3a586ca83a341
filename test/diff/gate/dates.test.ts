import { describe, expect, it } from 'vitest';
import { dayOf, isDay, runDay } from '../../../src/diff/gate/dates.js';
import { UsageError } from '../../../src/errors.js';

describe('run dates', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('2025-1-01')).toBe(false);
  });

  it('--date sets the day', () => {
    expect(runDay('2025-11-28')).toBe('2025-11-28');
  });

  it('defaults to today in UTC', () => {
    expect(runDay(undefined, new Date('2025-11-28T23:30:00-05:00'))).toBe('2025-11-29');
  });

  it('invalid --date is a usage error', () => {
    expect(() => runDay('28/11/2025')).toThrow(UsageError);
    expect(() => runDay('2025-11-31')).toThrow(/invalid --date '2025-11-31'/);
  });

  it('takes the UTC day of a date-time', () => {
    expect(dayOf('2025-11-28')).toBe('2025-11-28');
    expect(dayOf('2025-11-28T23:00:00-02:00')).toBe('2025-11-29');
    expect(dayOf('soon')).toBeUndefined();
  });
});
