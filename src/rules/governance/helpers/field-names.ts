/**
 * Matching of header and property names in contracts. Names compare without regard to case,
 * as HTTP header names do, so `X-Correlation-Id` matches a declared `x-correlation-id`.
 */
import type { ContractMessage } from '../../../contracts/types.js';

/** Returns whether two header or property names are equal, ignoring case. */
export function isSameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Returns whether `names` contains `name`, ignoring case. */
export function includesName(names: readonly string[], name: string): boolean {
  return names.some((candidate) => isSameName(candidate, name));
}

/** Returns whether a message declares `name` as a header or as a top-level payload property. */
export function messageCarries(message: ContractMessage, name: string): boolean {
  return includesName(message.headerProperties, name) || includesName(message.payloadProperties, name);
}
