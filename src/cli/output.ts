import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIo } from './io.js';

/** Text a command produced, and where it goes. */
export interface Output {
  /** `stdout`, `stderr`, or a file path relative to the working folder. */
  target: 'stdout' | 'stderr' | { file: string };
  text: string;
}

export interface CommandResult {
  exitCode: number;
  outputs: Output[];
}

function failure(target: string, error: unknown): UsageError {
  const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
  return new UsageError(`cannot write ${target} (${reason}); check that its folder exists and is writable`);
}

/**
 * Rejects a set of report files that cannot all be written before any of them is: two reports to
 * the same file, or a file whose folder does not exist. Commands check their own options earlier,
 * so this catches what a command let through.
 */
function checkTargets(targets: string[]): void {
  const seen = new Set<string>();
  for (const target of targets) {
    if (seen.has(target)) throw new UsageError(`two reports would be written to the same file ${target}; give each report its own file`);
    seen.add(target);
    const folder = path.dirname(target);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new UsageError(`cannot write ${target}: the folder ${folder} does not exist; create it first`);
    }
  }
}

/**
 * Writes report files in two phases: every file to a temporary sibling first, then each renamed
 * into place. A report that cannot be written stops the run before any file changes, so a
 * reader never sees half a report or half of a set of reports.
 */
function writeFilesAtomically(files: Array<{ target: string; text: string }>): void {
  checkTargets(files.map((file) => file.target));
  const staged: Array<{ temporary: string; target: string }> = [];
  try {
    for (const [index, { target, text }] of files.entries()) {
      const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${index}.tmp`);
      try {
        writeFileSync(temporary, text);
      } catch (error) {
        throw failure(target, error);
      }
      staged.push({ temporary, target });
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const { temporary, target } of staged) {
    try {
      renameSync(temporary, target);
    } catch (error) {
      throw failure(target, error);
    }
  }
}

/** Writes commands' results to streams and files: the only place in the CLI that does. */
export function writeOutputs(outputs: Output[], io: CliIo): void {
  const files: Array<{ target: string; text: string }> = [];
  for (const output of outputs) {
    if (typeof output.target === 'object') files.push({ target: path.resolve(io.cwd, output.target.file), text: output.text });
  }
  writeFilesAtomically(files);
  for (const output of outputs) {
    if (output.target === 'stdout') io.stdout.write(output.text);
    else if (output.target === 'stderr') io.stderr.write(output.text);
  }
}
