import path from 'node:path';
import { UsageError } from '../../errors.js';
import type { EmitFileSystem } from './file-system.js';
import { emptyLock, parseLock, serializeLock, sha256, type Lock } from './lock.js';
import { LOCK_FILE, rejectLinksOutside, validateGeneratedPaths } from './paths.js';
import type { GeneratedFile } from './types.js';

/**
 * Comparison of a generated file with the folder:
 * - `unchanged`: the file on disk already has the generated content;
 * - `create`: there is no file yet;
 * - `update`: the file on disk is what retailgov wrote last (its hash is in the lock) and the
 *   generated content differs;
 * - `edited`: the file on disk differs from both the lock and the generated content, so a person
 *   changed it;
 * - `untracked`: a file with other content exists at the path but the lock does not list it.
 */
export type FileState = 'unchanged' | 'create' | 'update' | 'edited' | 'untracked';

/**
 * Outcome for a file that this command wrote before but no longer generates: `remove` when
 * unedited, `keep` when a person changed it (removed only with `--force`), `gone` when already
 * deleted.
 */
export type ObsoleteState = 'remove' | 'keep' | 'gone';

export interface PlannedFile extends GeneratedFile {
  hash: string;
  state: FileState;
}

export interface EmitPlan {
  outputFolder: string;
  files: PlannedFile[];
  obsolete: Array<{ path: string; state: ObsoleteState }>;
  /** The lock after a successful write, serialised. */
  lockText: string;
  /** Whether `lockText` differs from the lock file on disk. */
  lockChanged: boolean;
  /** Whether the folder has no lock file. */
  lockMissing: boolean;
}

export interface PlanOptions {
  /** Key of the command in the lock, such as `generate mappings`. */
  command: string;
  /** `retailgov <version>`. */
  generator: string;
  fileSystem: EmitFileSystem;
}

function readExisting(fileSystem: EmitFileSystem, outputFolder: string, relative: string): Buffer | undefined {
  try {
    return fileSystem.readFile(path.join(outputFolder, ...relative.split('/')));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot read ${path.join(outputFolder, relative)} (${code}); a generated file must be able to replace it, so remove it or choose another --out folder`);
  }
}

function readLock(fileSystem: EmitFileSystem, outputFolder: string, generator: string): { lock: Lock; text: string | undefined } {
  const bytes = readExisting(fileSystem, outputFolder, LOCK_FILE);
  if (bytes === undefined) return { lock: emptyLock(generator), text: undefined };
  const text = bytes.toString('utf8');
  return { lock: parseLock(text, path.join(outputFolder, LOCK_FILE)), text };
}

function stateOf(existing: Buffer | undefined, hash: string, locked: string | undefined): FileState {
  if (existing === undefined) return 'create';
  const onDisk = sha256(existing);
  // A file that already has the generated content is unchanged even when the lock disagrees,
  // as after a run that was killed between renaming the files and renaming the lock.
  if (onDisk === hash) return 'unchanged';
  if (locked === undefined) return 'untracked';
  return onDisk === locked ? 'update' : 'edited';
}

/** Compares generated files with the output folder and its lock; reads only, writes nothing. */
export function planEmit(outputFolder: string, generated: readonly GeneratedFile[], options: PlanOptions): EmitPlan {
  const { command, fileSystem } = options;
  validateGeneratedPaths(generated.map((file) => file.path));
  for (const relative of [LOCK_FILE, ...generated.map((file) => file.path)]) rejectLinksOutside(outputFolder, relative);

  const { lock: previous, text: previousText } = readLock(fileSystem, outputFolder, options.generator);
  const files = generated.map((file): PlannedFile => {
    const hash = sha256(file.content);
    const existing = readExisting(fileSystem, outputFolder, file.path);
    return { ...file, hash, state: stateOf(existing, hash, previous.files[file.path]) };
  });

  const generatedPaths = new Set(generated.map((file) => file.path));
  const claimedElsewhere = new Set(
    Object.entries(previous.commands).filter(([key]) => key !== command).flatMap(([, paths]) => paths),
  );
  const obsolete = (previous.commands[command] ?? [])
    .filter((relative) => !generatedPaths.has(relative) && !claimedElsewhere.has(relative))
    .sort()
    .map((relative) => {
      rejectLinksOutside(outputFolder, relative);
      const existing = readExisting(fileSystem, outputFolder, relative);
      const state: ObsoleteState = existing === undefined ? 'gone' : sha256(existing) === previous.files[relative] ? 'remove' : 'keep';
      return { path: relative, state };
    });

  const next: Lock = { generator: options.generator, files: { ...previous.files }, commands: { ...previous.commands } };
  for (const entry of obsolete) delete next.files[entry.path];
  for (const file of files) next.files[file.path] = file.hash;
  if (files.length === 0) delete next.commands[command];
  else next.commands[command] = files.map((file) => file.path);
  const lockText = serializeLock(next);

  // A run that generates nothing into a folder without a lock leaves the folder alone.
  const lockChanged = previousText === undefined ? files.length > 0 : lockText !== previousText;
  return { outputFolder, files, obsolete, lockText, lockChanged, lockMissing: previousText === undefined };
}
