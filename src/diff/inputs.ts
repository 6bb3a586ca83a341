import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContract } from '../contracts/load.js';
import { OutsideRefError } from '../contracts/refs.js';
import type { Contract } from '../contracts/types.js';
import { InputError, UsageError } from '../errors.js';
import { isWorkspaceFolder, loadWorkspace, ROOT_DECLARATION } from '../workspace/load.js';
import { isInside } from '../workspace/source.js';
import type { Workspace } from '../workspace/types.js';
import { assertRefChainsEnd } from './ref-chains.js';
import { onSide, type DiffSideName } from './side-error.js';

/** One loaded side of a comparison: a contract file or an estate folder. */
export type DiffSide =
  | { kind: 'contract'; contract: Contract }
  | { kind: 'estate'; workspace: Workspace };

/** Both loaded sides, with the names the report gives them. */
export interface DiffPair {
  base: DiffSide;
  revision: DiffSide;
  /** Names of the compared versions, as the user gave them. */
  baseName: string;
  revisionName: string;
  /** Folder of the revision estate, where the default waiver file is looked up. */
  revisionFolder?: string;
  /**
   * Absolute folders that each side's file paths are relative to. With `--base`, the base is read
   * from a temporary copy, and its root is the working-tree folder that the copy mirrors.
   */
  roots: Record<DiffSideName, string>;
  /** Top folder of the git repository the working tree belongs to, with `--base`. */
  gitTop?: string;
  /** Removes any temporary files the pair was read from. */
  dispose(): void;
}

export type SideKind = DiffSide['kind'];

/** Returns whether `absolutePath` is a contract file or an estate folder; throws InputError when it is neither. */
export function sideKindOf(absolutePath: string, displayName: string): SideKind {
  if (!existsSync(absolutePath)) {
    throw new InputError(`${displayName} not found`, undefined, 'Pass a contract file or an estate folder with ownership.yaml');
  }
  if (!statSync(absolutePath).isDirectory()) return 'contract';
  if (!isWorkspaceFolder(absolutePath)) {
    throw new InputError(`no ${ROOT_DECLARATION} in ${displayName}`, undefined,
      'Pass an estate folder with ownership.yaml, or two contract files');
  }
  return 'estate';
}

/**
 * Returns the folder a contract file's `$ref`s must stay inside, as lint chooses it: the current
 * folder when it contains the file, else the file's own folder.
 */
export function contractRoot(absoluteFile: string, cwd: string): string {
  return isInside(cwd, absoluteFile) ? cwd : path.dirname(absoluteFile);
}

/**
 * Loads one side, read from `absolutePath`. No remote `$ref` is fetched. A `$ref` that leads
 * nowhere is listed in the contract's `unfollowedRefs`, as lint lists it, and the engines compare
 * the rest of the document. A chain of `$ref`s that loops without a value is an InputError.
 */
export async function loadSide(kind: SideKind, absolutePath: string, root: string): Promise<DiffSide> {
  let side: DiffSide;
  try {
    side = kind === 'estate'
      ? { kind, workspace: await loadWorkspace(absolutePath) }
      : { kind, contract: await loadContract(absolutePath, { root }) };
  } catch (error) {
    if (error instanceof OutsideRefError) throw withDiffHint(error, kind);
    throw error;
  }
  for (const contract of contractsOf(side)) assertRefChainsEnd(contract);
  return side;
}

/**
 * Replaces the loader's hint for a `$ref` that leaves the side's root, which names lint's
 * `--root`, with how diff chooses that root.
 */
function withDiffHint(error: OutsideRefError, kind: SideKind): InputError {
  const hint = kind === 'estate'
    ? 'Keep the files that the contracts reference inside the estate folder, since diff reads each estate from its own folder'
    : "diff follows a contract file's $refs inside the current folder when that folder contains the file, and else inside the file's own folder. Run diff from a folder that contains the contract and every file it references";
  const position = error.file === undefined ? undefined : { file: error.file, line: error.line, column: error.column };
  return new InputError(error.message, position, hint, error.others);
}

/** Returns every contract of a side. */
export function contractsOf(side: DiffSide): Contract[] {
  return side.kind === 'contract' ? [side.contract] : [...side.workspace.contracts.values()];
}

/** Returns the folder a side's file paths are relative to: the estate folder, or the contract's root. */
function sideRoot(kind: SideKind, absolutePath: string, cwd: string): string {
  return kind === 'estate' ? absolutePath : contractRoot(absolutePath, cwd);
}

/** Loads two contract files or two estate folders named on the command line. */
export async function loadPathPair(basePath: string, revisionPath: string, cwd: string): Promise<DiffPair> {
  const baseAbsolute = path.resolve(cwd, basePath);
  const revisionAbsolute = path.resolve(cwd, revisionPath);
  const baseKind = await onSide('base', 'base', async () => sideKindOf(baseAbsolute, basePath));
  const revisionKind = await onSide('revision', 'revision', async () => sideKindOf(revisionAbsolute, revisionPath));
  if (baseKind !== revisionKind) {
    throw new UsageError(`base ${basePath} is ${describeKind(baseKind)} but revision ${revisionPath} is ${describeKind(revisionKind)}; compare two contract files or two estate folders`);
  }
  const load = (side: DiffSideName, absolute: string) =>
    onSide(side, side, () => loadSide(baseKind, absolute, sideRoot(baseKind, absolute, cwd)));
  return {
    base: await load('base', baseAbsolute),
    revision: await load('revision', revisionAbsolute),
    baseName: basePath,
    revisionName: revisionPath,
    ...(revisionKind === 'estate' ? { revisionFolder: revisionAbsolute } : {}),
    roots: { base: sideRoot(baseKind, baseAbsolute, cwd), revision: sideRoot(revisionKind, revisionAbsolute, cwd) },
    dispose: () => undefined,
  };
}

/** Names a side kind for messages, such as `an estate folder`. */
export function describeKind(kind: SideKind): string {
  return kind === 'estate' ? 'an estate folder' : 'a contract file';
}
