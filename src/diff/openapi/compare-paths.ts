import type { Side } from '../collector.js';
import { report, type Comparison } from './context.js';
import { compareOperation } from './compare-operation.js';
import { siteOf } from './nodes.js';
import type { OperationView, PathView } from './view.js';

/**
 * Matches the paths of both documents and reports added and removed paths and operations; matched
 * operations go to compareOperation. Paths match by exact template first, then by shape with the
 * parameter names erased, so `/orders/{id}` and `/orders/{orderId}` are the same path.
 */
export function comparePaths(comparison: Comparison): void {
  const { base, revision } = comparison;
  const { pairs, removed, added } = matchPaths(base.paths, revision.paths);

  for (const path of removed) reportRemovedPath(comparison, path);
  for (const path of added) {
    if (path.operations.size === 0) continue;
    report(comparison, 'path-added', { base: siteOf(base.pathsNode), revision: siteOf(path.node) }, { path: path.key });
  }

  for (const [basePath, revisionPath] of pairs) {
    for (const [method, operation] of basePath.operations) {
      const counterpart = revisionPath.operations.get(method);
      if (counterpart === undefined) reportRemovedOperation(comparison, operation, revisionPath);
      else compareOperation(comparison, operation, counterpart);
    }
    for (const [method, operation] of revisionPath.operations) {
      if (basePath.operations.has(method)) continue;
      report(comparison, 'operation-added', { base: siteOf(basePath.node), revision: siteOf(operation.node) }, { operation: operation.label }, operation.label);
    }
  }
}

/** Pairs paths by exact template, then the rest by shape in document order. */
export function matchPaths(base: PathView[], revision: PathView[]): { pairs: Array<[PathView, PathView]>; removed: PathView[]; added: PathView[] } {
  const pairs: Array<[PathView, PathView]> = [];
  const unmatched = new Set(revision);
  const byKey = new Map(revision.map((path) => [path.key, path]));
  const leftover: PathView[] = [];
  for (const path of base) {
    const same = byKey.get(path.key);
    if (same === undefined) {
      leftover.push(path);
      continue;
    }
    pairs.push([path, same]);
    unmatched.delete(same);
  }
  const removed: PathView[] = [];
  for (const path of leftover) {
    const sameShape = [...unmatched].find((candidate) => candidate.shape === path.shape);
    if (sameShape === undefined) {
      removed.push(path);
      continue;
    }
    pairs.push([path, sameShape]);
    unmatched.delete(sameShape);
  }
  return { pairs, removed, added: [...unmatched] };
}

/**
 * Reports a path that is gone. `path-removed` stands for its operations that were removed without
 * notice; operations that were deprecated or had a sunset date are reported one by one.
 */
function reportRemovedPath(comparison: Comparison, path: PathView): void {
  let unannounced = false;
  for (const operation of path.operations.values()) {
    const id = removalId(operation, comparison.now);
    if (id === 'operation-removed') unannounced = true;
    else reportRemoval(comparison, id, operation, siteOf(comparison.revision.pathsNode));
  }
  if (unannounced) report(comparison, 'path-removed', { base: siteOf(path.node), revision: siteOf(comparison.revision.pathsNode) }, { path: path.key });
}

function reportRemovedOperation(comparison: Comparison, operation: OperationView, revisionPath: PathView): void {
  reportRemoval(comparison, removalId(operation, comparison.now), operation, siteOf(revisionPath.node));
}

function reportRemoval(comparison: Comparison, id: string, operation: OperationView, revisionSite: Side): void {
  const values = { operation: operation.label, ...(operation.sunset === undefined ? {} : { sunset: operation.sunset.text }) };
  report(comparison, id, { base: siteOf(operation.node), revision: revisionSite }, values, operation.label);
}

/**
 * Classifies the removal of an operation by what the base announced: a sunset date decides on its
 * own (removal before it breaks the promise), otherwise a deprecation turns a breaking removal into
 * a warning.
 */
export function removalId(operation: OperationView, now: number): string {
  if (operation.sunset !== undefined) return now < operation.sunset.time ? 'operation-removed-before-sunset' : 'operation-removed-after-sunset';
  return operation.deprecated ? 'operation-removed-after-deprecation' : 'operation-removed';
}
