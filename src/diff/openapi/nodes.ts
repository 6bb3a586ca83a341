/** Small helpers over Resolved nodes shared by the normalizers and the comparers. */
import { child } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { Side } from '../collector.js';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the member `key` of `node` when it exists, otherwise `node` itself: the nearest site of a value. */
export function memberOr(node: Resolved, key: string): Resolved {
  const member = child(node, key);
  return member.value === undefined ? node : member;
}

/** Returns the collector site of a node. */
export function siteOf(node: Resolved): Side {
  return { file: node.file, pointer: node.pointer };
}

/** Returns the string members of a list, ignoring other values. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Returns the media type in the form used to match it: lower case, without spaces. */
export function mediaTypeKey(mediaType: string): string {
  return mediaType.toLowerCase().replace(/\s+/g, '');
}

/** Returns the media type without parameters: `application/json; charset=utf-8` gives `application/json`. */
export function mediaTypeEssence(mediaType: string): string {
  return mediaTypeKey(mediaType).split(';')[0];
}
