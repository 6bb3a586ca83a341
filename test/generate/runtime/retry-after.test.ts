import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../runtime/retry-after.js';

const now = Date.UTC(2026, 9, 21, 7, 28, 0);

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an IMF-fixdate relative to now', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now)).toBe(30_000);
  });

  it('reads the obsolete RFC 850 and asctime dates', () => {
    expect(parseRetryAfter('Wednesday, 21-Oct-26 07:29:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed Oct 21 07:28:10 2026', now)).toBe(10_000);
  });

  it('gives zero for a date in the past', () => {
    expect(parseRetryAfter('Tue, 20 Oct 2026 07:28:00 GMT', now)).toBe(0);
  });

  it('rejects malformed values', () => {
    for (const value of ['', '-5', '1.5', 'soon', '2026-10-21T07:28:30Z', 'Wed, 21 Oct 2026 07:28:30 PST']) {
      expect(parseRetryAfter(value, now), value).toBeUndefined();
    }
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
