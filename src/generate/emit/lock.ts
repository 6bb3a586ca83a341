import { createHash } from 'node:crypto';
import { InputError } from '../../errors.js';
import { LOCK_FILE, unsafePathReason } from './paths.js';

/**
 * Content of `retailgov.lock.json`: the SHA-256 of every file retailgov wrote to the folder, and
 * which command wrote which files. Several commands may share one output folder, so a command
 * removes only the files that it wrote before and that no other command claims.
 */
export interface Lock {
  /** `retailgov <version>` of the last run that wrote the lock. */
  generator: string;
  /** Lower-case hex SHA-256 of each file's UTF-8 bytes, by path relative to the folder. */
  files: Record<string, string>;
  /** Paths written by each command, keyed like `generate adapters --system erp`. */
  commands: Record<string, string[]>;
}

/** Returns the lower-case hex SHA-256 of text encoded as UTF-8. */
export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function emptyLock(generator: string): Lock {
  return { generator, files: {}, commands: {} };
}

/** Serialises a lock with sorted keys and sorted path lists, so equal locks are equal bytes. */
export function serializeLock(lock: Lock): string {
  const files = Object.fromEntries(Object.keys(lock.files).sort().map((key) => [key, lock.files[key]]));
  const commands = Object.fromEntries(
    Object.keys(lock.commands).sort().map((key) => [key, [...(lock.commands[key] ?? [])].sort()]),
  );
  return JSON.stringify({ commands, files, generator: lock.generator }, null, 2) + '\n';
}

function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function invalidLock(displayPath: string, detail: string, position = { line: 1, column: 1 }): InputError {
  return new InputError(`invalid lock file: ${detail}`, { file: displayPath, ...position },
    `Restore ${LOCK_FILE} from version control, or delete it: retailgov then treats every existing file in the folder as written by hand`);
}

function parseJson(text: string, displayPath: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw invalidLock(displayPath, 'not valid JSON', positionAt(text, offset === undefined ? 0 : Number(offset)));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalidLock(displayPath, 'expected a JSON object');
  return data as Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a lock file; throws InputError naming the file, line and column of a malformed one. */
export function parseLock(text: string, displayPath: string): Lock {
  const record = parseJson(text, displayPath);
  const lock = emptyLock(typeof record.generator === 'string' ? record.generator : '');

  const files = record.files ?? {};
  if (!isRecord(files)) throw invalidLock(displayPath, '`files` must be an object');
  for (const [filePath, hash] of Object.entries(files)) {
    checkLockedPath(displayPath, filePath);
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw invalidLock(displayPath, `the hash of '${filePath}' is not a SHA-256 hex string`);
    }
    lock.files[filePath] = hash;
  }

  const commands = record.commands ?? {};
  if (!isRecord(commands)) throw invalidLock(displayPath, '`commands` must be an object');
  for (const [command, paths] of Object.entries(commands)) {
    if (!Array.isArray(paths) || paths.some((item) => typeof item !== 'string')) {
      throw invalidLock(displayPath, `\`commands.${command}\` must be a list of paths`);
    }
    for (const filePath of paths as string[]) {
      checkLockedPath(displayPath, filePath);
      if (lock.files[filePath] === undefined) throw invalidLock(displayPath, `'${filePath}' of \`commands.${command}\` has no hash in \`files\``);
    }
    lock.commands[command] = [...(paths as string[])];
  }
  return lock;
}

/** Rejects a locked path that leaves the folder, because a run may delete the files its lock names. */
function checkLockedPath(displayPath: string, filePath: string): void {
  const reason = unsafePathReason(filePath);
  if (reason !== undefined) throw invalidLock(displayPath, `'${filePath}' is not a path inside the folder: ${reason}`);
  if (filePath === LOCK_FILE) throw invalidLock(displayPath, 'the lock lists itself');
}
