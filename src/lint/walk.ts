import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** Folder names never searched: installed packages. Folders whose name starts with a dot are skipped too. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface WalkOptions {
  /** Levels of sub-folders to enter below the start; unlimited by default. */
  maxDepth?: number;
  /** Called for each sub-folder before it is entered; returning false leaves it out. */
  enterFolder?(absolutePath: string): boolean;
}

/**
 * Lists the files below `folder` as sorted absolute paths. Skips `node_modules` and folders whose
 * name starts with a dot, and does not follow symbolic links to folders, so a link cycle cannot
 * make the walk endless. Unreadable folders are left out.
 */
export function walkFiles(folder: string, options: WalkOptions = {}): string[] {
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const files: string[] = [];
  const pending: Array<{ folder: string; depth: number }> = [{ folder, depth: 0 }];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(current.folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const absolute = path.join(current.folder, entry.name);
      if (isFile(entry, absolute)) {
        files.push(absolute);
        continue;
      }
      if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      if (current.depth >= maxDepth || options.enterFolder?.(absolute) === false) continue;
      pending.push({ folder: absolute, depth: current.depth + 1 });
    }
  }
  return files.sort();
}

/** Returns whether `entry` is a file, or a symbolic link to one. */
function isFile(entry: Dirent, absolute: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}
