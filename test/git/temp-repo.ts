import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Environment that makes commits reproducible and keeps the user's git configuration out. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Retail Tester',
  GIT_AUTHOR_EMAIL: 'tester@example.com',
  GIT_COMMITTER_NAME: 'Retail Tester',
  GIT_COMMITTER_EMAIL: 'tester@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** A git repository in a temporary folder under the system's temp folder. */
export interface TempRepo {
  root: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  remove(...files: string[]): void;
  commit(message: string): void;
}

/** Creates an empty repository on branch `main`. */
export function createTempRepo(): TempRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'retailgov-git-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { env: GIT_ENV, encoding: 'utf8' });
  git('init', '--quiet', '--initial-branch=main');
  return {
    root,
    git,
    write(files) {
      for (const [relative, text] of Object.entries(files)) {
        const target = path.join(root, relative);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
    },
    remove(...files) {
      for (const file of files) rmSync(path.join(root, file), { recursive: true, force: true });
    },
    commit(message) {
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '-m', message);
    },
  };
}
