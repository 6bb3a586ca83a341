import { fromPointer } from '../../findings.js';
import type { Change } from '../types.js';

/** A waiver location split into its target (contract id or file path) and optional pointer segments. */
interface WaiverLocation {
  target: string;
  pointer?: string[];
}

/**
 * A place where a change sits, as a waiver location can name it: a file and a JSON pointer into
 * it, and for a change in a declaration file, the id path of the declaration node, such as
 * `['workflows', 'order-capture', 'steps', 'post-to-erp', 'retryPolicy']`.
 */
export interface ChangeSite {
  file: string;
  pointer: string;
  declaration?: string[];
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

/** Returns the revision and base locations of a change as sites. */
export function sitesOf(change: Change): ChangeSite[] {
  return [change.revision, change.base].flatMap((side) => (side === undefined ? [] : [{ file: side.file, pointer: side.pointer }]));
}

function coversSite(location: WaiverLocation, change: Change, site: ChangeSite): boolean {
  if (location.target === change.contract || location.target === site.file) {
    if (location.pointer === undefined || isPrefix(location.pointer, fromPointer(site.pointer))) return true;
  }
  // A location without `#` may name a declaration node by ids: `slas/order-confirmation`.
  if (location.pointer !== undefined || site.declaration === undefined) return false;
  const ids = location.target.split('/').filter((segment) => segment !== '');
  return ids.length > 0 && isPrefix(ids, site.declaration);
}

/**
 * Returns whether a waiver location covers a change. The target must be the change's contract id
 * or the file of its revision or base location. A pointer must equal that side's pointer or be an
 * ancestor of it, so `#/paths/~1orders` covers every change below that path. A location without
 * a pointer may instead be an id path of a declaration node, such as `slas/order-confirmation`,
 * which covers every change at or below that node. `extraSites` are further names of the change's
 * places, such as its file paths relative to the current folder.
 */
export function locationCovers(location: string, change: Change, extraSites: readonly ChangeSite[] = []): boolean {
  const parsed = parseWaiverLocation(location);
  return [...sitesOf(change), ...extraSites].some((site) => coversSite(parsed, change, site));
}
