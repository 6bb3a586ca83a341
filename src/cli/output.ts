import { renameSync, writeFileSync } from 'node:fs';
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

/** Writes a file through a temporary sibling and a rename, so a reader never sees half a report. */
function writeFileAtomically(target: string, text: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    throw new UsageError(`cannot write ${target} (${reason}); check that its folder exists and is writable`);
  }
}

/** The one place where commands' results reach streams and files. */
export function writeOutputs(outputs: Output[], io: CliIo): void {
  for (const output of outputs) {
    if (output.target === 'stdout') io.stdout.write(output.text);
    else if (output.target === 'stderr') io.stderr.write(output.text);
    else writeFileAtomically(path.resolve(io.cwd, output.target.file), output.text);
  }
}
