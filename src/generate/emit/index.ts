import { nodeFileSystem, type EmitFileSystem } from './file-system.js';
import { LOCK_FILE } from './paths.js';
import { planEmit } from './plan.js';
import type { GeneratedFile } from './types.js';
import { writePlannedFiles } from './write.js';

export type { GeneratedFile } from './types.js';

/**
 * Reason that `--check` gives for a file that is out of date. `obsolete` is a file the command no
 * longer generates, and `orphaned` one of those that a person edited.
 */
export type CheckProblem = 'stale' | 'missing' | 'edited' | 'untracked' | 'obsolete' | 'orphaned';

export interface EmitOptions {
  /** Key of the command in the lock, such as `generate adapters --system erp`. */
  command: string;
  /** `retailgov <version>`, recorded in the lock. */
  generator: string;
  /** Compare only: write nothing and list what differs. */
  check?: boolean;
  /** Overwrite files that were edited by hand or that retailgov did not write. */
  force?: boolean;
  fileSystem?: EmitFileSystem;
}

export interface EmitOutcome {
  /** Paths written, in generation order. */
  written: string[];
  unchanged: string[];
  /** Files of an earlier run that are no longer generated and were deleted (with `--force`, also edited ones). */
  removed: string[];
  /**
   * Without `--force`: files that a person edited, files that retailgov did not write, and edited
   * files that retailgov no longer generates (`orphaned`). Nothing was written.
   */
  rejected: Array<{ path: string; state: 'edited' | 'untracked' | 'orphaned' }>;
  /** With `--check`: every difference between the folder and a fresh run. */
  problems: Array<{ path: string; problem: CheckProblem }>;
}

const CHECK_PROBLEMS = { create: 'missing', update: 'stale', edited: 'edited', untracked: 'untracked' } as const;

/**
 * Writes generated files into `outputFolder` with their lock, or compares them with it. Edited
 * files are never overwritten or deleted without `force`: a run that would overwrite or delete
 * one writes nothing.
 */
export function emitGeneratedFiles(outputFolder: string, files: readonly GeneratedFile[], options: EmitOptions): EmitOutcome {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const plan = planEmit(outputFolder, files, { command: options.command, generator: options.generator, fileSystem });
  const outcome: EmitOutcome = { written: [], unchanged: [], removed: [], rejected: [], problems: [] };
  for (const file of plan.files) if (file.state === 'unchanged') outcome.unchanged.push(file.path);

  if (options.check === true) {
    for (const file of plan.files) {
      if (file.state !== 'unchanged') outcome.problems.push({ path: file.path, problem: CHECK_PROBLEMS[file.state] });
    }
    for (const entry of plan.obsolete) {
      if (entry.state !== 'gone') outcome.problems.push({ path: entry.path, problem: entry.state === 'keep' ? 'orphaned' : 'obsolete' });
    }
    // A lock deleted from a folder of generated files; a folder that has none of them yet lacks it as a matter of course.
    if (plan.lockMissing && plan.files.some((file) => file.state !== 'create')) outcome.problems.push({ path: LOCK_FILE, problem: 'missing' });
    else if (outcome.problems.length === 0 && plan.lockChanged) outcome.problems.push({ path: LOCK_FILE, problem: 'stale' });
    return outcome;
  }

  if (options.force !== true) {
    for (const file of plan.files) {
      if (file.state === 'edited' || file.state === 'untracked') outcome.rejected.push({ path: file.path, state: file.state });
    }
    // An edited file that is no longer generated would stay behind, importing files this run deletes.
    for (const entry of plan.obsolete) if (entry.state === 'keep') outcome.rejected.push({ path: entry.path, state: 'orphaned' });
  }
  if (outcome.rejected.length > 0) return { ...outcome, unchanged: [] };

  const targets = plan.files.filter((file) => file.state !== 'unchanged').map((file) => file.path);
  writePlannedFiles(plan, targets, fileSystem);
  outcome.written = targets;
  outcome.removed = plan.obsolete.filter((entry) => entry.state !== 'gone').map((entry) => entry.path);
  return outcome;
}
