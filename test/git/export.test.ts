import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { exportFiles } from '../../src/git/export.js';
import { locateInRepository, objectTypeAt, resolveCommit } from '../../src/git/repository.js';
import { createTempRepo } from './temp-repo.js';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'retailgov-export-'));
}

function listRecursive(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('git revision reading', () => {
  it('locates a path in its repository', async () => {
    const repo = createTempRepo();
    repo.write({ 'estate/ownership.yaml': 'retailgov: 1\n' });
    const located = await locateInRepository(path.join(repo.root, 'estate'));
    expect(located.relative).toBe('estate');
    expect(located.top).toBe(realpathSync(repo.root));
  });

  it('a folder outside any repository is an input error', async () => {
    await expect(locateInRepository(scratch())).rejects.toThrow(/is not inside a git repository/);
  });

  it('resolves refs and rejects unknown ones', async () => {
    const repo = createTempRepo();
    repo.write({ 'a.yaml': 'a: 1\n' });
    repo.commit('first');
    const head = repo.git('rev-parse', 'HEAD').trim();
    expect(await resolveCommit(repo.root, 'HEAD')).toBe(head);
    expect(await resolveCommit(repo.root, 'main')).toBe(head);
    await expect(resolveCommit(repo.root, 'release/2024')).rejects.toThrow(InputError);
    await expect(resolveCommit(repo.root, 'release/2024')).rejects.toThrow(/git revision 'release\/2024' not found/);
    await expect(resolveCommit(repo.root, '--output=/tmp/x')).rejects.toThrow(UsageError);
  });

  it('tells files, folders and missing paths apart', async () => {
    const repo = createTempRepo();
    repo.write({ 'contracts/orders.yaml': 'openapi: 3.1.0\n' });
    repo.commit('first');
    const head = await resolveCommit(repo.root, 'HEAD');
    expect(await objectTypeAt(repo.root, head, 'contracts/orders.yaml')).toBe('blob');
    expect(await objectTypeAt(repo.root, head, 'contracts')).toBe('tree');
    expect(await objectTypeAt(repo.root, head, '')).toBe('tree');
    expect(await objectTypeAt(repo.root, head, 'contracts/returns.yaml')).toBeUndefined();
  });

  it('exports a folder as committed, not as in the working tree', async () => {
    const repo = createTempRepo();
    repo.write({
      'estate/ownership.yaml': 'retailgov: 1\n',
      'estate/contracts/orders.yaml': 'openapi: 3.1.0\n',
      'estate/contracts/common/money.json': '{"type":"object"}\n',
      'estate/notes.txt': 'not copied\n',
      'estate-other/ownership.yaml': 'retailgov: 1\n',
      'README.md': '# shop\n',
    });
    repo.commit('first');
    repo.write({ 'estate/contracts/orders.yaml': 'openapi: 3.1.1\n', 'estate/contracts/new.yaml': 'x: 1\n' });
    const head = await resolveCommit(repo.root, 'HEAD');
    const folder = scratch();
    const written = await exportFiles(repo.root, head, 'estate', folder, (file) => /\.(ya?ml|json)$/.test(file));
    expect(written).toBe(3);
    expect(listRecursive(folder)).toEqual(['contracts/common/money.json', 'contracts/orders.yaml', 'ownership.yaml']);
    expect(readFileSync(path.join(folder, 'contracts/orders.yaml'), 'utf8')).toBe('openapi: 3.1.0\n');
    expect(repo.git('status', '--porcelain')).toMatch(/M estate\/contracts\/orders.yaml/);
  });

  it('exports the whole tree with an empty prefix', async () => {
    const repo = createTempRepo();
    repo.write({ 'a.yaml': 'a: 1\n', 'b/c.json': '{}\n' });
    repo.commit('first');
    const folder = scratch();
    await exportFiles(repo.root, await resolveCommit(repo.root, 'HEAD'), '', folder, () => true);
    expect(listRecursive(folder)).toEqual(['a.yaml', 'b/c.json']);
  });

  it('reads paths with glob characters literally', async () => {
    const repo = createTempRepo();
    repo.write({ 'specs/*/orders.yaml': 'star: 1\n', 'specs/x/orders.yaml': 'x: 1\n', 'specs/weird name:1.yaml': 'colon: 1\n' });
    repo.commit('first');
    const head = await resolveCommit(repo.root, 'HEAD');
    const folder = scratch();
    await exportFiles(repo.root, head, 'specs/*', folder, () => true);
    expect(listRecursive(folder)).toEqual(['orders.yaml']);
    expect(readFileSync(path.join(folder, 'orders.yaml'), 'utf8')).toBe('star: 1\n');
    expect(await objectTypeAt(repo.root, head, 'specs/weird name:1.yaml')).toBe('blob');
  });

  it('skips symbolic links', async () => {
    const repo = createTempRepo();
    repo.write({ 'estate/ownership.yaml': 'retailgov: 1\n' });
    symlinkSync('/etc/passwd', path.join(repo.root, 'estate/passwd.yaml'));
    repo.commit('first');
    const folder = scratch();
    await exportFiles(repo.root, await resolveCommit(repo.root, 'HEAD'), 'estate', folder, () => true);
    expect(listRecursive(folder)).toEqual(['ownership.yaml']);
    expect(existsSync(path.join(folder, 'passwd.yaml'))).toBe(false);
  });

  it('keeps binary content byte for byte', async () => {
    const repo = createTempRepo();
    const bytes = Buffer.from([0, 1, 2, 10, 255, 10, 13]);
    writeFileSync(path.join(repo.root, 'blob.json'), bytes);
    repo.write({ 'after.json': '{"after":true}\n' });
    repo.commit('first');
    const folder = scratch();
    await exportFiles(repo.root, await resolveCommit(repo.root, 'HEAD'), '', folder, () => true);
    expect(readFileSync(path.join(folder, 'blob.json'))).toEqual(bytes);
    expect(readFileSync(path.join(folder, 'after.json'), 'utf8')).toBe('{"after":true}\n');
  });
});
