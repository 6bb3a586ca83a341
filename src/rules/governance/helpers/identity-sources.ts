/**
 * Recognising idempotency-key sources that change on every attempt. A key derived from a fresh
 * random value, UUID or clock reading differs on each retry, so the receiver cannot detect a repeat.
 */

const UNSTABLE_WORDS = new Set(['random', 'rand', 'uuid', 'guid', 'timestamp', 'now']);

/** Splits `order.createdAt`, `uuid_v4()` or `Date.now` into lower-case words. */
function splitWords(source: string): string[] {
  return source
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.toLowerCase().replace(/v\d+$/, ''))
    .filter((word) => word !== '');
}

/** Returns whether `source` names a random value, UUID, GUID, timestamp or the current time. */
export function isUnstableSource(source: string): boolean {
  return splitWords(source).some((word) => UNSTABLE_WORDS.has(word));
}
