import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  isTTY = false;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

/** Runs the CLI in-process with captured output, as if from `cwd`. */
export async function runCli(args: string[], cwd: string = process.cwd()): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const exitCode = await main(args, { stdout, stderr, cwd });
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}
