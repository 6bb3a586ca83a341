import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { fromPointer, toPointer } from '../findings.js';
import { isInside, readSourceFile, relativePath, type SourceFile } from '../workspace/source.js';
import { collectRefSites, escapeSegment, type RefSite } from './ref-sites.js';
import type { RemoteFetcher } from './remote/fetcher.js';
import { parseFetchedDocument } from './remote/fetched-document.js';
import { documentUrlOf, refusalOf, remoteUrlOf } from './remote/policy.js';
import type { ContractFormat, RemoteOrigin, RemoteRefProblem, Resolved, UnfollowedRef } from './types.js';

/** A `$ref` whose target does not exist: reported as a finding, so the rest of the contract is still checked. */
export class BrokenRefError extends InputError {}

/** A remote `$ref` whose document was not fetched: not allowed, or the fetch failed. */
export class UnfetchedRefError extends InputError {}

/** A file `$ref` that leads out of the workspace root, which is never followed. */
export class OutsideRefError extends InputError {}

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

/** Kind of target of a `$ref`: a local file or the same document, a URL, or a local file named by a fetched document. */
type RefTarget = { kind: 'local' } | { kind: 'remote'; url: URL | undefined } | { kind: 'local-from-fetched' };

/**
 * Loads every file that a document reaches through `$ref`s and checks that each reference resolves.
 * Files are read once each and must stay inside the workspace root. Remote references are recorded
 * in `unfollowed` unless `remote` allows their host. The documents of allowed ones are fetched
 * before the references of a file are checked, and indexed like local files, with the URL as path.
 * Resolution returns the target node without following it, so circular schemas are fine.
 */
export class RefIndex {
  /** Every file read or fetched, the root document first. */
  readonly files: SourceFile[] = [];
  readonly unfollowed: UnfollowedRef[] = [];
  /** For each fetched document, by URL, the local `$ref` that first led to it. */
  readonly remoteOrigins = new Map<string, RemoteOrigin>();
  private readonly root: string;
  private readonly realRoot: string;
  private readonly filesByRealPath = new Map<string, SourceFile>();
  /** Fetched documents by URL without fragment. */
  private readonly fetchedFiles = new Map<string, SourceFile>();
  /** Documents whose fetch failed, by URL without fragment. */
  private readonly fetchFailures = new Map<string, { problem: RemoteRefProblem; detail: string }>();
  private readonly resolved = new Map<string, Resolved>();
  /** References found broken while indexing, keyed like `resolved`; they resolve to `undefined`. */
  private readonly broken = new Set<string>();
  private indexing = false;
  private readonly brokenDetails = new Map<string, BrokenRefError>();
  /** Pointer of the first `$ref` member with a given value in a file, keyed by `path\0ref`. */
  private readonly firstSites = new Map<string, string>();

  constructor(root: string, private readonly format: ContractFormat, private readonly remote?: RemoteFetcher) {
    this.root = path.resolve(root);
    this.realRoot = realpathSync(this.root);
  }

  /** Indexes `document` and, transitively, every file its references reach, fetching allowed remote documents. */
  async indexFrom(document: SourceFile): Promise<void> {
    this.indexing = true;
    try {
      await this.indexFiles(document);
    } finally {
      this.indexing = false;
    }
  }

  /**
   * Returns where a broken reference is, for its error. While indexing, the reference becomes a
   * finding whose position is resolved later, so computing it here (a full parse of a large JSON
   * file) would be wasted.
   */
  private brokenPosition(from: SourceFile, where: () => { file: string }): { file: string } {
    return this.indexing ? { file: from.path } : where();
  }

  private async indexFiles(document: SourceFile): Promise<void> {
    this.register(realpathSync(document.absolutePath), document);
    // `files` grows while the loop runs: each resolved file reference and each fetched document appends its target.
    for (let i = 0; i < this.files.length; i++) {
      const file = this.files[i];
      const sites = collectRefSites(file, this.format);
      await this.fetchRemoteTargets(file, sites);
      for (const site of sites) {
        const key = `${file.path}\0${site.ref}`;
        if (!this.firstSites.has(key)) this.firstSites.set(key, site.pointer);
        const unfetched = this.unfetchedRemote(site, file);
        if (unfetched !== undefined) {
          this.unfollowed.push(unfetched);
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

  /**
   * Fetches, all at once, the documents that the remote references of `file` name and that the
   * allow-list admits. Each is then registered in the order of its first reference, so that the
   * order of `files` does not depend on which response arrives first.
   */
  private async fetchRemoteTargets(file: SourceFile, sites: readonly RefSite[]): Promise<void> {
    if (this.remote === undefined) return;
    const wanted = new Map<string, RemoteOrigin>();
    for (const site of sites) {
      const target = this.targetOf(site.ref, file);
      if (target.kind !== 'remote' || target.url === undefined || this.remote.refusalOf(target.url) !== undefined) continue;
      const url = documentUrlOf(target.url);
      if (url === file.absolutePath || this.fetchedFiles.has(url) || this.fetchFailures.has(url) || wanted.has(url)) continue;
      wanted.set(url, this.remoteOrigins.get(file.absolutePath) ?? { file: file.path, pointer: site.pointer });
    }
    const urls = [...wanted.keys()];
    const outcomes = await Promise.all(urls.map((url) => this.remote!.fetch(url)));
    urls.forEach((url, index) => {
      const outcome = outcomes[index];
      const parsed = outcome.ok ? parseFetchedDocument(outcome.text, url) : outcome;
      if (!parsed.ok) {
        this.fetchFailures.set(url, parsed);
        return;
      }
      this.fetchedFiles.set(url, parsed.file);
      this.remoteOrigins.set(url, wanted.get(url)!);
      this.files.push(parsed.file);
    });
  }

  /** Returns the finding for a remote reference whose document is not available, or undefined. */
  private unfetchedRemote(site: RefSite, file: SourceFile): UnfollowedRef | undefined {
    const target = this.targetOf(site.ref, file);
    if (target.kind !== 'remote') return undefined;
    const unfollowed: UnfollowedRef = { ref: site.ref, file: file.path, pointer: site.pointer, reason: 'remote' };
    if (target.url === undefined) return { ...unfollowed, problem: 'unsupported-scheme' };
    const refusal = this.remote === undefined ? refusalOf(target.url, []) : this.remote.refusalOf(target.url);
    if (refusal === 'host-not-allowed') return unfollowed;
    if (refusal !== undefined) return { ...unfollowed, problem: refusal };
    const url = documentUrlOf(target.url);
    const failure = this.fetchFailures.get(url);
    if (failure !== undefined) return { ...unfollowed, problem: failure.problem as UnfollowedRef['problem'], detail: failure.detail };
    return undefined;
  }

  /**
   * Classifies a `$ref` written in `from`. In a fetched document every reference but a fragment is
   * a URL, resolved against the document's own URL; a `file:` URL there is never followed.
   */
  private targetOf(ref: string, from: SourceFile): RefTarget {
    if (this.isFetched(from)) {
      if (ref.startsWith('#')) return { kind: 'local' };
      if (/^file:/i.test(ref)) return { kind: 'local-from-fetched' };
      return { kind: 'remote', url: remoteUrlOf(ref, from.absolutePath) };
    }
    return isRemoteRef(ref) ? { kind: 'remote', url: remoteUrlOf(ref) } : { kind: 'local' };
  }

  private isFetched(file: SourceFile): boolean {
    return this.fetchedFiles.get(file.absolutePath) === file;
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
    const { target, fragment } = this.documentOf(ref, from, where);
    // NOTE: JSON Schema `$anchor` fragments and `$id` base URIs (OpenAPI 3.1) are not resolved.
    if (fragment !== '' && fragment !== '#' && !fragment.startsWith('#/')) {
      throw new BrokenRefError(
        `$ref '${ref}' uses a plain-name fragment, which is not supported`,
        this.brokenPosition(from, where),
        "Write the fragment as a JSON pointer, for example '#/components/schemas/Order'",
      );
    }

    const segments = fromPointer(fragment);
    let value: unknown = target.data;
    for (const segment of segments) {
      const container = value as Record<string, unknown> | null;
      const found = typeof container === 'object' && container !== null && Object.hasOwn(container, segment);
      if (!found) {
        throw new BrokenRefError(`broken $ref '${ref}': no such node`, this.brokenPosition(from, where), `Point the $ref to an existing node of ${target.path}`);
      }
      value = container[segment];
    }
    const result: Resolved = { value, file: target, pointer: toPointer(segments) };
    this.resolved.set(cacheKey, result);
    return result;
  }

  /** Returns the document that `ref` names and the fragment into it. Throws InputError when it is not available. */
  private documentOf(ref: string, from: SourceFile, where: () => { file: string; line: number; column: number }): { target: SourceFile; fragment: string } {
    const kind = this.targetOf(ref, from);
    if (kind.kind === 'local-from-fetched') {
      throw new BrokenRefError(`$ref '${ref}' in a fetched document names a local file, which is never read`, this.brokenPosition(from, where), 'A fetched document may reference only other URLs');
    }
    if (kind.kind === 'remote') {
      let target: SourceFile | undefined;
      if (kind.url !== undefined) {
        const url = documentUrlOf(kind.url);
        target = url === from.absolutePath ? from : this.fetchedFiles.get(url);
      }
      if (target === undefined || kind.url === undefined) {
        throw new UnfetchedRefError(
          `remote $ref '${ref}' was not fetched`,
          where(),
          'Copy the referenced document into the workspace and point the $ref to the copy, or allow its host with --allow-remote-ref',
        );
      }
      return { target, fragment: kind.url.hash };
    }
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash);
    return { target: filePart === '' ? from : this.loadReferencedFile(filePart, from, ref, where), fragment };
  }

  private loadReferencedFile(filePart: string, from: SourceFile, ref: string, where: () => { file: string }): SourceFile {
    const absolute = filePart.startsWith('file:')
      ? fileURLToPath(filePart)
      : path.resolve(path.dirname(from.absolutePath), decodeUriPath(filePart));
    const outside = (): InputError =>
      new OutsideRefError(
        `refusing $ref to a file outside the workspace: '${ref}'`,
        where(),
        `Keep referenced files inside the workspace ${this.root}; for a single contract file, --root sets a wider workspace`,
      );
    if (!isInside(this.root, absolute)) throw outside();

    let realPath: string;
    try {
      realPath = realpathSync(absolute);
    } catch {
      throw new BrokenRefError(
        `broken $ref '${ref}': file ${relativePath(this.root, absolute)} not found`,
        this.brokenPosition(from, where),
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

/** Resolves `ref` like `resolve`, but returns undefined for a remote reference whose document was not fetched. */
export function resolveIfFetched(resolve: ResolveFn, ref: string, from: SourceFile, at?: string): Resolved | undefined {
  try {
    return resolve(ref, from, at);
  } catch (error) {
    if (error instanceof UnfetchedRefError) return undefined;
    throw error;
  }
}

/**
 * Follows `$ref` members from `node` until it reaches a node that is not a reference. Returns
 * undefined when the chain ends at a remote reference that was not fetched, and throws InputError
 * when it loops.
 */
export function deref(node: Resolved, resolve: ResolveFn): Resolved | undefined {
  let current: Resolved | undefined = node;
  const seen = new Set<string>();
  while (isRefObject(current.value)) {
    const ref: string = current.value.$ref;
    const key = `${current.file.absolutePath}#${current.pointer}`;
    if (seen.has(key)) {
      const at = current.file.position(`${current.pointer}/$ref`);
      throw new InputError(`circular $ref '${ref}': the chain of references never reaches a value`, { file: current.file.path, ...at }, 'Point one of the $refs in the chain to a schema or object');
    }
    seen.add(key);
    current = resolveIfFetched(resolve, ref, current.file, `${current.pointer}/$ref`);
    if (current === undefined) return undefined;
  }
  return current;
}
