import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { isInside } from '../../workspace/source.js';

/** Name of the lock file that every output folder gets. */
export const LOCK_FILE = 'retailgov.lock.json';

/**
 * Returns why `relative` is not a safe path inside an output folder, or undefined when it is one:
 * relative, forward slashes, no empty, `.` or `..` segment, no control characters.
 */
export function unsafePathReason(relative: string): string | undefined {
  if (relative === '') return 'the path is empty';
  if (relative.includes('\\')) return 'the path contains a backslash; use forward slashes';
  if (relative.startsWith('/') || /^[a-zA-Z]:/.test(relative)) return 'the path is absolute';
  if (/[\u0000-\u001f\u007f]/.test(relative)) return 'the path contains a control character';
  for (const segment of relative.split('/')) {
    if (segment === '') return 'the path has an empty segment';
    if (segment === '.' || segment === '..') return `the path has a '${segment}' segment`;
  }
  return undefined;
}

/** Throws InputError unless every path is safe, unique (ignoring case) and not the lock file. */
export function validateGeneratedPaths(paths: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const relative of paths) {
    const reason = unsafePathReason(relative);
    if (reason !== undefined) {
      throw new InputError(`invalid generated path '${relative}': ${reason}`, undefined,
        'Generated files must stay inside the output folder; this is a bug in retailgov, please report it');
    }
    if (relative === LOCK_FILE) {
      throw new InputError(`invalid generated path '${relative}': the name is reserved for the lock file`, undefined,
        'Rename the generated file');
    }
    // Two names that differ only in case are one file on case-insensitive file systems.
    const key = relative.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new InputError(`two generated files map to the same path: '${earlier}' and '${relative}'`, undefined,
        'Rename one of the declarations they are generated from');
    }
    seen.set(key, relative);
  }
}

/**
 * Checks the output folder and returns its absolute path. It may not exist yet, but it may not
 * be a file, and it may not be the estate folder itself, where generated files would mix with
 * the declarations.
 */
export function resolveOutputFolder(out: string, cwd: string, estateRoot: string): string {
  const absolute = path.resolve(cwd, out);
  let isFolder = false;
  try {
    isFolder = statSync(absolute).isDirectory();
    if (!isFolder) throw new UsageError(`--out ${out} is a file, not a folder; pass a folder for the generated files`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  const realOut = isFolder ? realpathSync(absolute) : absolute;
  const realRoot = realpathSync(estateRoot);
  if (realOut === realRoot) {
    throw new UsageError(`--out ${out} is the estate folder itself; pass a subfolder such as ${path.join(out, 'generated')} or a folder outside the estate`);
  }
  return absolute;
}

/**
 * Throws UsageError when a symbolic link on the way from `outputFolder` to `relative` leads outside
 * the output folder. Links that stay inside are allowed; a missing path part ends the walk.
 */
export function rejectLinksOutside(outputFolder: string, relative: string): void {
  let realOut: string;
  try {
    realOut = realpathSync(outputFolder);
  } catch {
    return; // The folder does not exist yet, so nothing below it can be a link.
  }
  let current = outputFolder;
  for (const segment of relative.split('/')) {
    current = path.join(current, segment);
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return;
    }
    if (!isLink) continue;
    let target: string;
    try {
      target = realpathSync(current);
    } catch {
      target = '(a missing target)';
    }
    if (!isInside(realOut, target)) {
      throw new UsageError(`cannot write ${relative}: ${path.relative(outputFolder, current) || '.'} in the output folder is a symbolic link to ${target}, outside the folder; remove the link or choose another --out folder`);
    }
  }
}
