import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { fromPointer, toPointer } from '../findings.js';
import { isInside, readSourceFile, relativePath, type SourceFile } from '../workspace/source.js';
import { collectRefSites, escapeSegment } from './ref-sites.js';
import type { ContractFormat, Resolved, UnfollowedRef } from './types.js';

/** A `$ref` whose target does not exist: reported as a finding, so the rest of the contract is still checked. */
export class BrokenRefError extends InputError {}

/** Resolves a `$ref` written in `from`. The optional `at`, the pointer of the `$ref` member, places errors. */
export type ResolveFn = (ref: string, from: SourceFile, at?: string) => Resolved;

/** Returns whether `ref` names a network location: `http:`, `https:`, `//host` or another URI scheme but `file:`. */
export function isRemoteRef(ref: string): boolean {
  if (ref.startsWith('//')) return true;
  // Two or more letters, so a Windows drive letter such as `C:` is not taken for a scheme.
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(ref);
  return scheme !== null && scheme[1].toLowerCase() !== 'file';
}

/** Returns whether `value` is an object whose `$ref` member is a string. */
export function isRefObject(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** Returns the node at `key` below `node`, in the same file. */
export function child(node: Resolved, key: string | number): Resolved {
  const container = node.value as Record<string | number, unknown> | null;
  const value = typeof container === 'object' && container !== null && Object.hasOwn(container, key) ? container[key] : undefined;
  return { value, file: node.file, pointer: `${node.pointer}/${escapeSegment(String(key))}` };
}

/**
 * Loads every file that a document reaches through `$ref`s and checks that each reference resolves.
 * Files are read once each and must stay inside the workspace root; remote references are recorded
 * in `unfollowed` and never fetched. Resolution returns the target node without following it,
 * so circular schemas are fine.
 */
export class RefIndex {
  /** Every file read, the root document first. */
  readonly files: SourceFile[] = [];
  readonly unfollowed: UnfollowedRef[] = [];
  private readonly root: string;
  private readonly realRoot: string;
  private readonly filesByRealPath = new Map<string, SourceFile>();
  private readonly resolved = new Map<string, Resolved>();
  /** References found broken while indexing, keyed like `resolved`; they resolve to `undefined`. */
  private readonly broken = new Set<string>();
  private readonly brokenDetails = new Map<string, BrokenRefError>();
  /** Pointer of the first `$ref` member with a given value in a file, keyed by `path\0ref`. */
  private readonly firstSites = new Map<string, string>();

  constructor(root: string, private readonly format: ContractFormat) {
    this.root = path.resolve(root);
    this.realRoot = realpathSync(this.root);
  }

  /** Indexes `document` and, transitively, every file its references reach. */
  indexFrom(document: SourceFile): void {
    this.register(realpathSync(document.absolutePath), document);
    // `files` grows while the loop runs: each resolved file reference appends its target.
    for (let i = 0; i < this.files.length; i++) {
      const file = this.files[i];
      for (const site of collectRefSites(file, this.format)) {
        const key = `${file.path}\0${site.ref}`;
        if (!this.firstSites.has(key)) this.firstSites.set(key, site.pointer);
        if (isRemoteRef(site.ref)) {
          this.unfollowed.push({ ref: site.ref, file: file.path, pointer: site.pointer, reason: 'remote' });
          continue;
        }
        const brokenKey = `${file.absolutePath}\0${site.ref}`;
        try {
          if (this.broken.has(brokenKey)) throw this.brokenDetails.get(brokenKey)!;
          this.resolve(site.ref, file, site.pointer);
        } catch (error) {
          if (!(error instanceof BrokenRefError)) throw error;
          this.broken.add(brokenKey);
          this.brokenDetails.set(brokenKey, error);
          this.unfollowed.push({ ref: site.ref, file: file.path, pointer: site.pointer, reason: 'broken', detail: error.message });
        }
      }
    }
  }

  /** Returns the node that `ref`, written in `from`, points to. Throws InputError when there is none. */
  resolve(ref: string, from: SourceFile, at?: string): Resolved {
    const cacheKey = `${from.absolutePath}\0${ref}`;
    const cached = this.resolved.get(cacheKey);
    if (cached !== undefined) return cached;
    if (this.broken.has(cacheKey)) return { value: undefined, file: from, pointer: at ?? '' };

    const where = (): { file: string; line: number; column: number } => ({
      file: from.path,
      ...from.position(at ?? this.firstSites.get(`${from.path}\0${ref}`) ?? ''),
    });
    if (isRemoteRef(ref)) {
      throw new InputError(`remote $ref '${ref}' was not fetched`, where(), 'Copy the referenced document into the workspace and point the $ref to the copy');
    }

    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash);
    const target = filePart === '' ? from : this.loadReferencedFile(filePart, from, ref, where);
    // NOTE: JSON Schema `$anchor` fragments and `$id` base URIs (OpenAPI 3.1) are not resolved.
    if (fragment !== '' && fragment !== '#' && !fragment.startsWith('#/')) {
      throw new BrokenRefError(
        `$ref '${ref}' uses a plain-name fragment, which is not supported`,
        where(),
        "Write the fragment as a JSON pointer, for example '#/components/schemas/Order'",
      );
    }

    const segments = fromPointer(fragment);
    let value: unknown = target.data;
    for (const segment of segments) {
      const container = value as Record<string, unknown> | null;
      const found = typeof container === 'object' && container !== null && Object.hasOwn(container, segment);
      if (!found) {
        throw new BrokenRefError(`broken $ref '${ref}': no such node`, where(), `Point the $ref to an existing node of ${target.path}`);
      }
      value = container[segment];
    }
    const result: Resolved = { value, file: target, pointer: toPointer(segments) };
    this.resolved.set(cacheKey, result);
    return result;
  }

  private loadReferencedFile(filePart: string, from: SourceFile, ref: string, where: () => { file: string }): SourceFile {
    const absolute = filePart.startsWith('file:')
      ? fileURLToPath(filePart)
      : path.resolve(path.dirname(from.absolutePath), decodeUriPath(filePart));
    const outside = (): InputError =>
      new InputError(
        `refusing $ref to a file outside the workspace: '${ref}'`,
        where(),
        `Keep referenced files inside ${this.root}, or lint from a folder that contains them`,
      );
    if (!isInside(this.root, absolute)) throw outside();

    let realPath: string;
    try {
      realPath = realpathSync(absolute);
    } catch {
      throw new BrokenRefError(
        `broken $ref '${ref}': file ${relativePath(this.root, absolute)} not found`,
        where(),
        'Correct the path, which is relative to the file that contains the $ref',
      );
    }
    // A symbolic link inside the workspace may still lead out of it.
    if (!isInside(this.realRoot, realPath)) throw outside();

    const known = this.filesByRealPath.get(realPath);
    if (known !== undefined) return known;
    const file = readSourceFile(absolute, this.root);
    this.register(realPath, file);
    return file;
  }

  private register(realPath: string, file: SourceFile): void {
    this.filesByRealPath.set(realPath, file);
    this.files.push(file);
  }
}

function decodeUriPath(uriPath: string): string {
  try {
    return decodeURIComponent(uriPath);
  } catch {
    return uriPath;
  }
}

/**
 * Follows `$ref` members from `node` until it reaches a node that is not a reference. Returns
 * undefined when the chain ends at a remote reference, and throws InputError when it loops.
 */
export function deref(node: Resolved, resolve: ResolveFn): Resolved | undefined {
  let current = node;
  const seen = new Set<string>();
  while (isRefObject(current.value)) {
    const ref = current.value.$ref;
    if (isRemoteRef(ref)) return undefined;
    const key = `${current.file.absolutePath}#${current.pointer}`;
    if (seen.has(key)) {
      const at = current.file.position(`${current.pointer}/$ref`);
      throw new InputError(`circular $ref '${ref}': the chain of references never reaches a value`, { file: current.file.path, ...at }, 'Point one of the $refs in the chain to a schema or object');
    }
    seen.add(key);
    current = resolve(ref, current.file, `${current.pointer}/$ref`);
  }
  return current;
}
