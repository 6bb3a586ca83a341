import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import { isInside, type SourceFile } from './source.js';

function listFiles(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) found.push(full);
    }
  }
  return found.sort();
}

/**
 * Expands one `include:` entry of `file` into absolute paths, sorted. A pattern with `*`, `?` or
 * braces is a glob over the including file's folder; a plain path must exist.
 */
export function expandInclude(root: string, file: SourceFile, pattern: string, index: number): string[] {
  const folder = path.dirname(file.absolutePath);
  const at = (): { file: string; line: number; column: number } => ({ file: file.path, ...file.position(`/include/${index}`) });
  const target = path.resolve(folder, pattern);
  if (!isInside(root, target)) {
    throw new InputError(`refusing to include '${pattern}' from outside the workspace`, at(),
      'Keep included declaration files inside the workspace folder');
  }
  if (!picomatch.scan(pattern).isGlob) {
    if (!existsSync(target)) throw new InputError(`included file '${pattern}' not found`, at(), 'Correct the path; it is relative to the including file');
    return [target];
  }
  const matcher = picomatch(pattern.replace(/^\.\//, ''), { dot: false });
  const matches = listFiles(folder).filter((candidate) => matcher(path.relative(folder, candidate).split(path.sep).join('/')));
  if (matches.length === 0) {
    throw new InputError(`include pattern '${pattern}' matches no file`, at(), 'Correct the pattern or remove the entry');
  }
  return matches;
}
