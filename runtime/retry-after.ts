/** Parsing of the HTTP Retry-After header (RFC 9110, section 10.2.3). */

/**
 * Returns the wait a Retry-After value requests, in milliseconds: either delay-seconds (`120`) or
 * an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`), measured from `now`. A date in the past gives 0.
 * Returns undefined for a missing or malformed value.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // IMF-fixdate and the two obsolete formats that RFC 9110 still requires recipients to accept.
  const isHttpDate =
    /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text) ||
    /^[A-Za-z]+, \d{2}-[A-Za-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT$/.test(text) ||
    /^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/.test(text);
  if (!isHttpDate) return undefined;
  const at = Date.parse(/GMT$/.test(text) ? text : `${text} GMT`);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
