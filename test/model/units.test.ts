import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate, parseDuration, parseRate } from '../../src/model/units.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500], ['2s', 2000], ['1.5s', 1500], ['5m', 300_000], ['1h', 3_600_000], ['1d', 86_400_000],
  ])('%s is %d ms', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each(['5 minutes', '2', '-1s', 's', ''])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('parseRate', () => {
  it.each([['40/s', 40], ['2400/min', 40], ['3600/h', 1], ['86400/d', 1]])('%s is %d per second', (text, expected) => {
    expect(parseRate(text)).toBe(expected);
  });

  it('rejects a rate without a period', () => {
    expect(parseRate('40')).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [250, '250ms'], [2000, '2s'], [1500, '1.5s'], [300_000, '5m'], [1_110_300, '18m30.3s'], [7_500_000, '2h5m'],
  ])('%d ms reads %s', (milliseconds, expected) => {
    expect(formatDuration(milliseconds)).toBe(expected);
  });
});

describe('formatRate', () => {
  it('keeps one decimal', () => {
    expect(formatRate(40)).toBe('40/s');
    expect(formatRate(2.25)).toBe('2.3/s');
  });
});
