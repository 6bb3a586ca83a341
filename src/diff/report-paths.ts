import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside, relativePath } from '../workspace/source.js';
import type { DiffSideName } from './side-error.js';
import type { Change, ContractInfo, DiffLocation, DiffResult } from './types.js';

/** Rewrites a file path of one side, as the engines wrote it, into the path a report shows. */
export type PathRewrite = (side: DiffSideName, file: string) => string;

function realPath(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

/**
 * Returns a rewrite to paths relative to `folder`. The engines write paths relative to each
 * side's root, which `roots` gives as working-tree folders. A file inside `folder` gets a path
 * relative to it, so that CI annotations and SARIF results land on the right file. Any other file
 * keeps its path relative to its side's root. URLs of fetched documents stay as they are.
 */
export function pathsRelativeTo(folder: string, roots: Record<DiffSideName, string>): PathRewrite {
  const realFolder = realPath(folder);
  const realRoots = { base: realPath(roots.base), revision: realPath(roots.revision) };
  return (side, file) => {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(file)) return file;
    const absolute = path.resolve(realRoots[side], file);
    return isInside(realFolder, absolute) ? relativePath(realFolder, absolute) : file;
  };
}

function relocateLocation(side: DiffSideName, location: DiffLocation | undefined, rewrite: PathRewrite): DiffLocation | undefined {
  return location === undefined ? undefined : { ...location, file: rewrite(side, location.file) };
}

/** Returns the change with the file paths of both locations rewritten. */
export function relocateChange(change: Change, rewrite: PathRewrite): Change {
  const relocated: Change = { ...change };
  const base = relocateLocation('base', change.base, rewrite);
  const revision = relocateLocation('revision', change.revision, rewrite);
  if (base !== undefined) relocated.base = base;
  if (revision !== undefined) relocated.revision = revision;
  return relocated;
}

function relocateContracts(side: DiffSideName, contracts: ContractInfo[], rewrite: PathRewrite): ContractInfo[] {
  return contracts.map((contract) => ({ ...contract, file: rewrite(side, contract.file) }));
}

/** Returns the result with every file path of its changes and contracts rewritten. */
export function relocateResult(result: DiffResult, rewrite: PathRewrite): DiffResult {
  return {
    ...result,
    changes: result.changes.map((change) => relocateChange(change, rewrite)),
    ...(result.contracts === undefined
      ? {}
      : { contracts: { base: relocateContracts('base', result.contracts.base, rewrite), revision: relocateContracts('revision', result.contracts.revision, rewrite) } }),
  };
}
