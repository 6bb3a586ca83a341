import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { isInside } from '../workspace/source.js';
import { GitCommandError, runGit } from './run.js';

/** A path of the working tree and the repository that tracks it. */
export interface RepositoryPath {
  /** Absolute path of the repository's top folder, with symbolic links resolved. */
  top: string;
  /** The path relative to `top`, with forward slashes; `''` for the top folder itself. */
  relative: string;
}

/** Finds the repository that contains `absolutePath`, a file or folder that exists. */
export async function locateInRepository(absolutePath: string): Promise<RepositoryPath> {
  const real = realpathSync(absolutePath);
  const folder = statSync(real).isDirectory() ? real : path.dirname(real);
  let output: Buffer;
  try {
    output = await runGit(folder, ['rev-parse', '--show-toplevel']);
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error;
    throw new InputError(`${absolutePath} is not inside a git repository (${error.detail})`, undefined,
      'Run retailgov diff --base inside a git working tree, or compare two files or folders');
  }
  const top = realpathSync(output.toString('utf8').trim());
  if (!isInside(top, real)) {
    throw new InputError(`${absolutePath} is outside the working tree of ${top}`, undefined, 'Pass a path inside the repository');
  }
  return { top, relative: toRelative(top, real) };
}

/** Returns `absolutePath` relative to `top` with forward slashes; `''` for `top` itself. */
export function toRelative(top: string, absolutePath: string): string {
  return path.relative(top, absolutePath).split(path.sep).join('/');
}

/**
 * Resolves a branch, tag or commit to a commit id. Throws InputError when the repository has no
 * such revision; a value that starts with `-` is rejected, so it cannot pass as a git option.
 */
export async function resolveCommit(top: string, ref: string): Promise<string> {
  if (ref === '' || ref.startsWith('-')) {
    throw new UsageError(`invalid --base '${ref}'; pass a branch, tag or commit, such as HEAD or main`);
  }
  try {
    const output = await runGit(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return output.toString('utf8').trim();
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error;
    throw new InputError(`git revision '${ref}' not found in the repository ${top}`, undefined,
      'Pass a branch, tag or commit that exists, such as HEAD or main; fetch a remote branch first');
  }
}

/** Returns whether `relative` is a file (`blob`) or a folder (`tree`) at `commit`, or undefined when it is missing. */
export async function objectTypeAt(top: string, commit: string, relative: string): Promise<'blob' | 'tree' | undefined> {
  try {
    const output = await runGit(top, ['cat-file', '-t', `${commit}:${relative}`]);
    const type = output.toString('utf8').trim();
    return type === 'blob' || type === 'tree' ? type : undefined;
  } catch (error) {
    if (error instanceof GitCommandError) return undefined;
    throw error;
  }
}
