/** Correlation ids and W3C Trace Context `traceparent` values. */
import { randomBytes, toHex } from './platform.js';

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** Returns whether `value` is a well-formed traceparent with non-zero trace and parent ids. */
export function isValidTraceparent(value: string): boolean {
  const match = TRACEPARENT.exec(value);
  return match !== null && !/^0+$/.test(match[1] ?? '') && !/^0+$/.test(match[2] ?? '') && !value.startsWith('ff');
}

/** Returns a new sampled traceparent (version 00) with random trace and parent ids. */
export function newTraceparent(bytes: (count: number) => Uint8Array = randomBytes): string {
  return `00-${toHex(bytes(16))}-${toHex(bytes(8))}-01`;
}

/** Returns a random UUID (version 4), the default correlation id. */
export function newCorrelationId(bytes: (count: number) => Uint8Array = randomBytes): string {
  const value = bytes(16);
  value[6] = ((value[6] ?? 0) & 0x0f) | 0x40;
  value[8] = ((value[8] ?? 0) & 0x3f) | 0x80;
  const hex = toHex(value);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Returns the traceparent to send: the caller's when it is well-formed, else a new one. */
export function outgoingTraceparent(incoming: string | undefined, bytes?: (count: number) => Uint8Array): string {
  return incoming !== undefined && isValidTraceparent(incoming) ? incoming : newTraceparent(bytes);
}
