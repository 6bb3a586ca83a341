import { fromPointer } from '../../findings.js';
import type { Change, DiffLocation } from '../types.js';

/** A waiver location split into its target (contract id or file path) and optional pointer segments. */
interface WaiverLocation {
  target: string;
  pointer?: string[];
}

/** Splits `orders-api#/paths/~1orders/post` into target and pointer; the pointer is a URI fragment. */
export function parseWaiverLocation(location: string): WaiverLocation {
  const hash = location.indexOf('#');
  const target = normalizeFile(hash < 0 ? location : location.slice(0, hash));
  if (hash < 0) return { target };
  return { target, pointer: fromPointer(location.slice(hash)) };
}

function normalizeFile(value: string): string {
  return value.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function isPrefix(prefix: string[], segments: string[]): boolean {
  return prefix.length <= segments.length && prefix.every((segment, index) => segments[index] === segment);
}

function matchesSide(location: WaiverLocation, change: Change, side: DiffLocation | undefined): boolean {
  if (side === undefined) return false;
  if (location.target !== change.contract && location.target !== side.file) return false;
  return location.pointer === undefined || isPrefix(location.pointer, fromPointer(side.pointer));
}

/**
 * Returns whether a waiver location covers a change. The target must be the change's contract id
 * or the file of its revision or base location. A pointer must equal that side's pointer or be an
 * ancestor of it, so `#/paths/~1orders` covers every change below that path.
 */
export function locationCovers(location: string, change: Change): boolean {
  const parsed = parseWaiverLocation(location);
  return matchesSide(parsed, change, change.revision) || matchesSide(parsed, change, change.base);
}
