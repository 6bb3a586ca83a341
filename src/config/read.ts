import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { MAX_FILE_BYTES, parseSource, relativePath, type SourceFile } from '../workspace/source.js';

/** Formats `file` for messages: relative to `cwd` when inside it, else absolute. */
export function displayPath(cwd: string, file: string): string {
  const relative = relativePath(cwd, file);
  return relative.startsWith('..') ? file : relative;
}

/**
 * Reads and parses a configuration or baseline file. Unlike workspace files, such a file may sit
 * outside the workspace or be a symbolic link to a shared copy. Messages name it relative to `cwd`.
 */
export function readSettingsFile(file: string, cwd: string): SourceFile {
  const name = displayPath(cwd, file);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat === undefined) throw new InputError('file not found', { file: name }, 'Check the path');
  if (!stat.isFile()) throw new InputError('is not a regular file', { file: name }, 'Pass a YAML or JSON file');
  if (stat.size > MAX_FILE_BYTES) {
    throw new InputError(`file is ${stat.size} bytes, above the limit of ${MAX_FILE_BYTES}`, { file: name }, 'Remove entries you no longer need');
  }
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return parseSource(text, file, name);
}
