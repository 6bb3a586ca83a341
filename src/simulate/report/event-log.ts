/**
 * The event log file (`--events FILE`): JSON Lines streamed to disk in chunks while the run goes,
 * so memory stays flat however long the run. The log goes to a temporary file next to the target,
 * renamed into place when the run ends.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import type { EventSink } from '../engine/observer.js';

const CHUNK = 1 << 16;

export class EventLogFile implements EventSink {
  private readonly temporary: string;
  private readonly descriptor: number;
  private buffer = '';

  constructor(private readonly target: string) {
    this.temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
      this.descriptor = openSync(this.temporary, 'w');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
      throw new UsageError(`cannot write the event log ${target} (${code}); check that its folder exists and is writable`);
    }
  }

  write(line: string): void {
    this.buffer += line;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.descriptor, this.buffer);
    this.buffer = '';
  }

  /** Writes what is left and moves the log into place. */
  close(): void {
    this.flush();
    closeSync(this.descriptor);
    renameSync(this.temporary, this.target);
  }

  /** Removes the temporary file after a failed run. */
  discard(): void {
    closeSync(this.descriptor);
    rmSync(this.temporary, { force: true });
  }
}
