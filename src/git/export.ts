import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../workspace/source.js';
import { runGit } from './run.js';

interface TreeEntry {
  objectId: string;
  /** Path relative to the repository top, with forward slashes. */
  file: string;
}

/** Lists the regular files below `prefix` at `commit`; symbolic links and submodules are left out. */
async function listFiles(top: string, commit: string, prefix: string): Promise<TreeEntry[]> {
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  if (prefix !== '') args.push('--', prefix);
  const output = (await runGit(top, args)).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, objectId] = record.slice(0, tab).split(' ');
    const file = record.slice(tab + 1);
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
    if (prefix !== '' && file !== prefix && !file.startsWith(`${prefix}/`)) continue;
    entries.push({ objectId, file });
  }
  return entries;
}

/** Reads blobs with one `git cat-file --batch` and returns their contents by object id. */
async function readBlobs(top: string, objectIds: readonly string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(objectIds)];
  const blobs = new Map<string, Buffer>();
  if (unique.length === 0) return blobs;
  const output = await runGit(top, ['cat-file', '--batch'], unique.join('\n') + '\n');
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, lineEnd).toString('utf8').split(' ');
    offset = lineEnd + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    blobs.set(header[0], output.subarray(offset, offset + size));
    // Each object's contents end with a newline that is not part of them.
    offset += size + 1;
  }
  return blobs;
}

/**
 * Writes the files below `prefix` at `commit` that `include` accepts into `folder`, keeping their
 * paths relative to `prefix`, without touching the working tree or the index. Returns how many
 * files were written.
 */
export async function exportFiles(top: string, commit: string, prefix: string, folder: string, include: (file: string) => boolean): Promise<number> {
  const entries = (await listFiles(top, commit, prefix)).filter((entry) => include(entry.file));
  const blobs = await readBlobs(top, entries.map((entry) => entry.objectId));
  let written = 0;
  for (const entry of entries) {
    const contents = blobs.get(entry.objectId);
    const relative = prefix === '' ? entry.file : path.posix.relative(prefix, entry.file);
    const target = path.join(folder, relative === '' ? path.posix.basename(entry.file) : relative);
    // git never stores `..` segments, but a crafted tree object could.
    if (contents === undefined || !isInside(folder, target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
    written += 1;
  }
  return written;
}
