import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * The file operations the emit layer uses, all synchronous. Tests pass a variant that fails at
 * a chosen step to check that a failed run leaves no half-written file and no temporary behind.
 */
export interface EmitFileSystem {
  /** Returns the file's bytes, or undefined when it does not exist. */
  readFile(absolutePath: string): Buffer | undefined;
  writeFile(absolutePath: string, content: string): void;
  rename(from: string, to: string): void;
  removeFile(absolutePath: string): void;
  isFolder(absolutePath: string): boolean;
  /** Creates a folder whose parent exists; returns false when it existed already. */
  makeFolder(absolutePath: string): boolean;
  /** Removes a folder if it is empty; returns whether it did. */
  removeEmptyFolder(absolutePath: string): boolean;
}

export const nodeFileSystem: EmitFileSystem = {
  readFile(absolutePath) {
    try {
      return readFileSync(absolutePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  writeFile(absolutePath, content) {
    writeFileSync(absolutePath, content, { flag: 'wx' });
  },
  rename(from, to) {
    renameSync(from, to);
  },
  removeFile(absolutePath) {
    rmSync(absolutePath, { force: true });
  },
  isFolder(absolutePath) {
    try {
      return statSync(absolutePath).isDirectory();
    } catch {
      return false;
    }
  },
  makeFolder(absolutePath) {
    try {
      mkdirSync(absolutePath);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  },
  removeEmptyFolder(absolutePath) {
    try {
      if (readdirSync(absolutePath).length > 0) return false;
      rmdirSync(absolutePath);
      return true;
    } catch {
      return false;
    }
  },
};
