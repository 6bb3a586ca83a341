/**
 * Builds the resolved form of an AsyncAPI document: a copy in which every `$ref` is replaced by
 * its target, so the document can be validated the way the AsyncAPI schema reads it after
 * resolution. Each copied object remembers where its source lives, so a problem found in the copy
 * is reported in the file and at the pointer where it was written.
 */
import { InputError } from '../../errors.js';
import { fromPointer } from '../../findings.js';
import { escapeSegment } from '../ref-sites.js';
import { isRefObject, isRemoteRef } from '../refs.js';
import type { Contract } from '../types.js';
import type { SourceFile } from '../../workspace/source.js';

/** Members whose values are data, copied as they are. */
const LITERALS = new Set(['examples', 'example', 'enum', 'const', 'default']);

/** Deeper nesting than this is copied as written. */
const MAX_DEPTH = 400;

export interface Origin {
  file: string;
  pointer: string;
}

export interface ResolvedDocument {
  data: unknown;
  /** Source location of each copied object or array. */
  origins: WeakMap<object, Origin>;
}

/**
 * Returns whether the reference at `keys` (the last member names on the way from the document
 * root, at least four) stays a reference after resolution, because the AsyncAPI schema requires a Reference object there.
 */
export type KeepsReference = (keys: readonly string[]) => boolean;

/**
 * AsyncAPI 3 names some objects by reference instead of including them: an operation's `channel`
 * and `messages`, a reply's `channel` and `messages`, and a channel's `servers`. The AsyncAPI 3
 * schema requires Reference objects there, so these stay references.
 */
export const keepsV3Reference: KeepsReference = (keys) => {
  const n = keys.length;
  const at = (offset: number): string | undefined => keys[n - offset];
  const isIndex = /^\d+$/.test(at(1) ?? '');
  const inOperationOrReply = (offset: number): boolean =>
    at(offset + 2) === 'operations' || at(offset + 1) === 'reply' || at(offset + 2) === 'replies';
  if (at(1) === 'channel') return inOperationOrReply(1);
  if (isIndex && at(2) === 'messages') return inOperationOrReply(2);
  return isIndex && at(2) === 'servers' && at(4) === 'channels';
};

/** Copies the contract's root document with its references resolved. Circular references stay references. */
export function resolveDocument(contract: Contract, keepsReference: KeepsReference): ResolvedDocument {
  const origins = new WeakMap<object, Origin>();
  const copies = new Map<object, unknown>();
  const inProgress = new Set<object>();

  const copy = (value: unknown, file: SourceFile, pointer: string, keys: string[], depth: number): unknown => {
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;

    if (isRefObject(value) && !isRemoteRef(value.$ref) && !keepsReference(keys) && !inProgress.has(value)) {
      let target;
      try {
        target = contract.resolve(value.$ref, file, `${pointer}/$ref`);
      } catch (error) {
        if (error instanceof InputError) return value;
        throw error;
      }
      if (target.value === undefined || (typeof target.value === 'object' && target.value !== null && inProgress.has(target.value))) return value;
      inProgress.add(value);
      const result = copy(target.value, target.file, target.pointer, keys, depth + 1);
      inProgress.delete(value);
      return result;
    }

    const known = copies.get(value);
    if (known !== undefined) return known;
    inProgress.add(value);
    const result: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    origins.set(result, { file: file.path, pointer });
    for (const [key, member] of Object.entries(value)) {
      const isData = LITERALS.has(key) || key.startsWith('x-');
      (result as Record<string, unknown>)[key] = isData
        ? member
        : copy(member, file, `${pointer}/${escapeSegment(key)}`, [...keys.slice(-4), key], depth + 1);
    }
    inProgress.delete(value);
    copies.set(value, result);
    return result;
  };

  return { data: copy(contract.source.data, contract.source, '', [], 0), origins };
}

/** Returns where the value at `instancePath` of the resolved document was written. */
export function originOf(document: ResolvedDocument, instancePath: string): Origin {
  let value: unknown = document.data;
  let origin = document.origins.get(document.data as object) ?? { file: '', pointer: '' };
  let rest: string[] = [];
  for (const segment of fromPointer(instancePath)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
    const known = typeof value === 'object' && value !== null ? document.origins.get(value) : undefined;
    if (known !== undefined) {
      origin = known;
      rest = [];
    } else {
      rest.push(escapeSegment(segment));
    }
  }
  return { file: origin.file, pointer: origin.pointer + rest.map((segment) => `/${segment}`).join('') };
}
