/**
 * Whether an idempotency key lets the receiver recognise a repeated message. A key built from a
 * value that changes with every attempt (a fresh UUID, a random number, a nonce, a timestamp, the
 * attempt number) differs between the first delivery and its retry or duplicate, so the receiver
 * treats the repeat as a new message.
 */
import type { IdempotencyKey } from '../../model/types.js';

/** Field names, lowercase without separators or call parentheses, whose value changes per attempt. */
const PER_ATTEMPT_FIELDS: ReadonlySet<string> = new Set([
  'uuid', 'guid', 'random', 'nonce', 'timestamp', 'now', 'attempt', 'attemptnumber', 'attemptcount',
  'retry', 'retrycount', 'sendtime', 'senttime', 'requesttime',
]);

function normalise(field: string): string {
  const last = field.split('.').pop() ?? field;
  return last.replace(/\(\)$/, '').replace(/[-_]/g, '').toLowerCase();
}

/** Returns the first field of `key` whose value changes with every attempt, if any. */
export function perAttemptField(key: IdempotencyKey | undefined): string | undefined {
  return key?.from.find((field) => PER_ATTEMPT_FIELDS.has(normalise(field)));
}

/** Returns whether `key` exists and stays the same across the attempts and copies of one message. */
export function isStableKey(key: IdempotencyKey | undefined): boolean {
  return key !== undefined && perAttemptField(key) === undefined;
}
