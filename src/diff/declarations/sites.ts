import type { Workspace } from '../../workspace/types.js';
import type { SourceFile } from '../../workspace/source.js';
import type { ChangeCollector, Side } from '../collector.js';

/** The two estates of a comparison and the collector their changes go to. */
export interface DeclarationComparison {
  base: Workspace;
  revision: Workspace;
  collector: ChangeCollector;
}

/**
 * Returns the declaration file and JSON pointer of `node`, extended by the part of `path` that
 * exists below it: a member missing on this side is placed at its nearest existing parent.
 */
export function siteOf(workspace: Workspace, node: object, ...path: Array<string | number>): Side {
  const existing: Array<string | number> = [];
  let current: unknown = node;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) break;
    current = (current as Record<string | number, unknown>)[segment];
    existing.push(segment);
  }
  const location = workspace.locate(node, ...existing);
  return { file: fileNamed(workspace, location.file), pointer: location.pointer };
}

/**
 * Returns the nearest parent, in `workspace`, of an element that exists only on the other side.
 * That is the deepest part of `section`, for example `['changeControl', 'freezeWindows']`, that a
 * file declares. The file the other side's element was written in comes first, and the root file
 * itself is the last resort.
 */
export function sectionSite(workspace: Workspace, section: string[], preferredFile?: string): Side {
  const files = [...workspace.declarationFiles].sort((a, b) => Number(b.path === preferredFile) - Number(a.path === preferredFile));
  let best: Side = { file: workspace.declarationFiles[0], pointer: '' };
  let bestDepth = 0;
  for (const file of files) {
    let current: unknown = file.data;
    let depth = 0;
    for (const key of section) {
      if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) break;
      current = (current as Record<string, unknown>)[key];
      depth++;
    }
    if (depth > bestDepth) {
      best = { file, pointer: section.slice(0, depth).map((key) => `/${key}`).join('') };
      bestDepth = depth;
    }
  }
  return best;
}

function fileNamed(workspace: Workspace, path: string): SourceFile {
  return workspace.declarationFiles.find((file) => file.path === path) ?? workspace.declarationFiles[0];
}

/** Items of both estates paired by key; the first declaration of a key wins, as in the loader. */
export interface Pairing<T> {
  pairs: Array<[base: T, revision: T]>;
  removed: T[];
  added: T[];
}

/** Pairs the items of two lists by `keyOf`. */
export function pairBy<T>(base: readonly T[], revision: readonly T[], keyOf: (item: T) => string): Pairing<T> {
  const revisionByKey = firstByKey(revision, keyOf);
  const baseByKey = firstByKey(base, keyOf);
  const pairs: Array<[T, T]> = [];
  const removed: T[] = [];
  for (const [key, item] of baseByKey) {
    const partner = revisionByKey.get(key);
    if (partner === undefined) removed.push(item);
    else pairs.push([item, partner]);
  }
  const added = [...revisionByKey].filter(([key]) => !baseByKey.has(key)).map(([, item]) => item);
  return { pairs, removed, added };
}

function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!byKey.has(key)) byKey.set(key, item);
  }
  return byKey;
}

/** Returns the id of a declaration item, the key most sections are paired by. */
export function idOf(item: { id: string }): string {
  return item.id;
}

/** Returns the file a declaration node was written in, to prefer it for its counterpart's parent. */
export function fileOf(workspace: Workspace, node: object): string {
  return workspace.locate(node).file;
}
