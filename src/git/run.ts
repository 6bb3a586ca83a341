import { execFile } from 'node:child_process';
import { InputError } from '../errors.js';

/** Largest output read from one git command: the files of one tree, concatenated. */
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

/** A git command that exited with an error; `detail` is the first line git printed on stderr. */
export class GitCommandError extends Error {
  constructor(readonly args: readonly string[], readonly detail: string) {
    super(`git ${args.join(' ')} failed: ${detail}`);
    this.name = 'GitCommandError';
  }
}

/**
 * Runs git in `folder` with an argument list, never through a shell, and returns its stdout.
 * Pathspecs are literal, so a path with `*` or `:` names that file only, and the file system
 * monitor is off, so no hook configured in the repository runs. `input` is written to stdin.
 * Throws InputError when git is not installed and GitCommandError when the command fails.
 */
export function runGit(folder: string, args: readonly string[], input?: string): Promise<Buffer> {
  const fullArgs = ['-C', folder, '--literal-pathspecs', '-c', 'core.fsmonitor=false', ...args];
  return new Promise((resolve, reject) => {
    const child = execFile('git', fullArgs, {
      encoding: 'buffer',
      maxBuffer: MAX_OUTPUT_BYTES,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    }, (error, stdout, stderr) => {
      if (error === null) {
        resolve(stdout);
        return;
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && stdout.length === 0 && stderr.length === 0) {
        reject(new InputError('git is not installed or not on the PATH', undefined, 'Install git, or compare two files or folders without --base'));
        return;
      }
      const detail = stderr.toString('utf8').trim().split('\n')[0] || error.message;
      reject(new GitCommandError(args, detail));
    });
    child.stdin?.on('error', () => {
      // git may exit before reading all of stdin; the exit status reports the failure.
    });
    child.stdin?.end(input ?? '');
  });
}
