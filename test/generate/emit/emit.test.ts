import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../../src/errors.js';
import { nodeFileSystem, type EmitFileSystem } from '../../../src/generate/emit/file-system.js';
import { emitGeneratedFiles, type EmitOptions } from '../../../src/generate/emit/index.js';
import { resolveOutputFolder } from '../../../src/generate/emit/paths.js';
import type { GeneratedFile } from '../../../src/generate/emit/types.js';

const OPTIONS: EmitOptions = { command: 'generate mappings', generator: 'retailgov 0.0.0-test' };

function temporaryFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'retailgov-emit-'));
}

function generation(version: number): GeneratedFile[] {
  return [
    { path: 'mappings/order.ts', content: `export const version = ${version};\n` },
    { path: 'runtime/money.ts', content: 'export const exponent = 2;\n' },
    { path: 'index.ts', content: `export * from './mappings/order.js';\n// ${version}\n` },
  ];
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function read(folder: string, relative: string): string {
  return readFileSync(path.join(folder, relative), 'utf8');
}

/** Lists every path below `folder`, sorted, with a trailing slash on folders. */
function listing(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const relative = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      return entry.isDirectory() ? `${relative}/` : relative;
    })
    .sort();
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('writing generated files', () => {
  it('writes files and a sorted lock', () => {
    const out = path.join(temporaryFolder(), 'generated');
    const outcome = emitGeneratedFiles(out, generation(1), OPTIONS);
    expect(outcome.written).toEqual(['mappings/order.ts', 'runtime/money.ts', 'index.ts']);
    expect(outcome.unchanged).toEqual([]);
    expect(read(out, 'mappings/order.ts')).toBe('export const version = 1;\n');
    const lock = read(out, 'retailgov.lock.json');
    expect(lock).toBe(JSON.stringify({
      commands: { 'generate mappings': ['index.ts', 'mappings/order.ts', 'runtime/money.ts'] },
      files: {
        'index.ts': sha256(generation(1)[2]!.content),
        'mappings/order.ts': sha256('export const version = 1;\n'),
        'runtime/money.ts': sha256('export const exponent = 2;\n'),
      },
      generator: 'retailgov 0.0.0-test',
    }, null, 2) + '\n');
  });

  it('regenerates byte-identically', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    const before = listing(out).map((relative) => (relative.endsWith('/') ? relative : `${relative}:${read(out, relative)}`));
    const outcome = emitGeneratedFiles(out, generation(1), OPTIONS);
    expect(outcome.written).toEqual([]);
    expect(outcome.unchanged).toEqual(['mappings/order.ts', 'runtime/money.ts', 'index.ts']);
    const after = listing(out).map((relative) => (relative.endsWith('/') ? relative : `${relative}:${read(out, relative)}`));
    expect(after).toEqual(before);
  });

  it('rewrites only changed files', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    const outcome = emitGeneratedFiles(out, generation(2), OPTIONS);
    expect(outcome.written).toEqual(['mappings/order.ts', 'index.ts']);
    expect(outcome.unchanged).toEqual(['runtime/money.ts']);
    expect(JSON.parse(read(out, 'retailgov.lock.json')).files['mappings/order.ts']).toBe(sha256('export const version = 2;\n'));
  });

  it('rejects overwriting an edited file', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    writeFileSync(path.join(out, 'mappings/order.ts'), 'export const version = 1; // tuned by hand\n');
    const lockBefore = read(out, 'retailgov.lock.json');
    const outcome = emitGeneratedFiles(out, generation(2), OPTIONS);
    expect(outcome.rejected).toEqual([{ path: 'mappings/order.ts', state: 'edited' }]);
    expect(outcome.written).toEqual([]);
    // Nothing is written, not even the unedited files.
    expect(read(out, 'index.ts')).toBe(generation(1)[2]!.content);
    expect(read(out, 'mappings/order.ts')).toBe('export const version = 1; // tuned by hand\n');
    expect(read(out, 'retailgov.lock.json')).toBe(lockBefore);
  });

  it('rejects a file it did not write', () => {
    const out = temporaryFolder();
    mkdirSync(path.join(out, 'mappings'));
    writeFileSync(path.join(out, 'mappings/order.ts'), 'hand-written\n');
    const outcome = emitGeneratedFiles(out, generation(1), OPTIONS);
    expect(outcome.rejected).toEqual([{ path: 'mappings/order.ts', state: 'untracked' }]);
    expect(listing(out)).toEqual(['mappings/', 'mappings/order.ts']);
  });

  it('adopts an existing file with the generated content', () => {
    const out = temporaryFolder();
    mkdirSync(path.join(out, 'mappings'));
    writeFileSync(path.join(out, 'mappings/order.ts'), generation(1)[0]!.content);
    const outcome = emitGeneratedFiles(out, generation(1), OPTIONS);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.unchanged).toEqual(['mappings/order.ts']);
    expect(JSON.parse(read(out, 'retailgov.lock.json')).files['mappings/order.ts']).toBe(sha256(generation(1)[0]!.content));
  });

  it('force overwrites edited files', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    writeFileSync(path.join(out, 'mappings/order.ts'), 'edited\n');
    const outcome = emitGeneratedFiles(out, generation(2), { ...OPTIONS, force: true });
    expect(outcome.rejected).toEqual([]);
    expect(outcome.written).toEqual(['mappings/order.ts', 'index.ts']);
    expect(read(out, 'mappings/order.ts')).toBe('export const version = 2;\n');
  });

  it('removes unedited files no longer generated', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    const outcome = emitGeneratedFiles(out, generation(1).filter((file) => file.path !== 'mappings/order.ts'), OPTIONS);
    expect(outcome.removed).toEqual(['mappings/order.ts']);
    expect(listing(out)).toEqual(['index.ts', 'retailgov.lock.json', 'runtime/', 'runtime/money.ts']);
    expect(Object.keys(JSON.parse(read(out, 'retailgov.lock.json')).files)).toEqual(['index.ts', 'runtime/money.ts']);
  });

  it('refuses to delete edited files no longer generated', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    writeFileSync(path.join(out, 'mappings/order.ts'), 'edited\n');
    const lockBefore = read(out, 'retailgov.lock.json');
    const next = [generation(2)[1]!];
    const outcome = emitGeneratedFiles(out, next, OPTIONS);
    expect(outcome.rejected).toEqual([{ path: 'mappings/order.ts', state: 'orphaned' }]);
    expect(outcome.removed).toEqual([]);
    // Nothing changes, so the edited file keeps the files it imports.
    expect(listing(out)).toEqual(['index.ts', 'mappings/', 'mappings/order.ts', 'retailgov.lock.json', 'runtime/', 'runtime/money.ts']);
    expect(read(out, 'retailgov.lock.json')).toBe(lockBefore);
    expect(emitGeneratedFiles(out, next, { ...OPTIONS, check: true }).problems).toEqual([
      { path: 'index.ts', problem: 'obsolete' },
      { path: 'mappings/order.ts', problem: 'orphaned' },
    ]);
  });

  it('force deletes edited files no longer generated', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    writeFileSync(path.join(out, 'mappings/order.ts'), 'edited\n');
    const outcome = emitGeneratedFiles(out, [generation(1)[1]!], { ...OPTIONS, force: true });
    expect(outcome.removed).toEqual(['index.ts', 'mappings/order.ts']);
    expect(listing(out)).toEqual(['retailgov.lock.json', 'runtime/', 'runtime/money.ts']);
    expect(emitGeneratedFiles(out, [generation(1)[1]!], { ...OPTIONS, check: true }).problems).toEqual([]);
  });

  it('leaves files of another command alone', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    const adapters = { ...OPTIONS, command: 'generate adapters' };
    emitGeneratedFiles(out, [{ path: 'erp/client.ts', content: 'export {};\n' }, generation(1)[1]!], adapters);
    const outcome = emitGeneratedFiles(out, [], adapters);
    expect(outcome.removed).toEqual(['erp/client.ts']);
    // runtime/money.ts is shared with `generate mappings`, which still claims it.
    expect(listing(out)).toEqual(['index.ts', 'mappings/', 'mappings/order.ts', 'retailgov.lock.json', 'runtime/', 'runtime/money.ts']);
    expect(Object.keys(JSON.parse(read(out, 'retailgov.lock.json')).commands)).toEqual(['generate mappings']);
  });
});

describe('checking generated files', () => {
  it('writes nothing and lists missing files', () => {
    const out = path.join(temporaryFolder(), 'generated');
    const outcome = emitGeneratedFiles(out, generation(1), { ...OPTIONS, check: true });
    expect(outcome.problems).toEqual([
      { path: 'mappings/order.ts', problem: 'missing' },
      { path: 'runtime/money.ts', problem: 'missing' },
      { path: 'index.ts', problem: 'missing' },
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('passes on an up-to-date folder', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    expect(emitGeneratedFiles(out, generation(1), { ...OPTIONS, check: true }).problems).toEqual([]);
  });

  it('lists stale, edited and obsolete files', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, [...generation(1), { path: 'old.ts', content: 'export {};\n' }], OPTIONS);
    writeFileSync(path.join(out, 'runtime/money.ts'), 'edited\n');
    const before = listing(out);
    const outcome = emitGeneratedFiles(out, generation(2), { ...OPTIONS, check: true });
    expect(outcome.problems).toEqual([
      { path: 'mappings/order.ts', problem: 'stale' },
      { path: 'runtime/money.ts', problem: 'edited' },
      { path: 'index.ts', problem: 'stale' },
      { path: 'old.ts', problem: 'obsolete' },
    ]);
    expect(listing(out)).toEqual(before);
    expect(read(out, 'runtime/money.ts')).toBe('edited\n');
  });

  it('lists a deleted lock as missing', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    rmSync(path.join(out, 'retailgov.lock.json'));
    const outcome = emitGeneratedFiles(out, generation(1), { ...OPTIONS, check: true });
    expect(outcome.problems).toEqual([{ path: 'retailgov.lock.json', problem: 'missing' }]);
    writeFileSync(path.join(out, 'index.ts'), 'edited\n');
    expect(emitGeneratedFiles(out, generation(1), { ...OPTIONS, check: true }).problems).toEqual([
      { path: 'index.ts', problem: 'untracked' },
      { path: 'retailgov.lock.json', problem: 'missing' },
    ]);
  });

  it('lists a lock from another version as stale', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), { ...OPTIONS, generator: 'retailgov 0.0.1' });
    const outcome = emitGeneratedFiles(out, generation(1), { ...OPTIONS, check: true });
    expect(outcome.problems).toEqual([{ path: 'retailgov.lock.json', problem: 'stale' }]);
  });
});

describe('unsafe paths', () => {
  for (const bad of ['../escape.ts', '/etc/passwd', 'a\\b.ts', 'a//b.ts', './a.ts', 'a/../../b.ts', '', 'line\nbreak.ts', 'retailgov.lock.json']) {
    it(`rejects ${JSON.stringify(bad)}`, () => {
      const out = temporaryFolder();
      const error = caught(() => emitGeneratedFiles(out, [{ path: bad, content: 'x' }], OPTIONS));
      expect(error).toBeInstanceOf(InputError);
      expect(listing(out)).toEqual([]);
    });
  }

  it('rejects names equal but for case', () => {
    const error = caught(() => emitGeneratedFiles(temporaryFolder(), [{ path: 'A.ts', content: '' }, { path: 'a.ts', content: '' }], OPTIONS));
    expect((error as Error).message).toBe("two generated files map to the same path: 'A.ts' and 'a.ts'");
  });

  it('rejects a symbolic link leading outside', () => {
    const root = temporaryFolder();
    const outside = path.join(root, 'outside');
    const out = path.join(root, 'out');
    mkdirSync(outside);
    mkdirSync(out);
    symlinkSync(outside, path.join(out, 'mappings'));
    const error = caught(() => emitGeneratedFiles(out, generation(1), OPTIONS));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/mappings in the output folder is a symbolic link to .*outside, outside the folder/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('rejects a lock file linked outside', () => {
    const root = temporaryFolder();
    const out = path.join(root, 'out');
    mkdirSync(out);
    writeFileSync(path.join(root, 'victim.json'), '{}');
    symlinkSync(path.join(root, 'victim.json'), path.join(out, 'retailgov.lock.json'));
    expect(caught(() => emitGeneratedFiles(out, generation(1), OPTIONS))).toBeInstanceOf(UsageError);
    expect(readFileSync(path.join(root, 'victim.json'), 'utf8')).toBe('{}');
  });

  it('follows a symbolic link that stays inside', () => {
    const out = temporaryFolder();
    mkdirSync(path.join(out, 'real'));
    symlinkSync(path.join(out, 'real'), path.join(out, 'mappings'));
    emitGeneratedFiles(out, generation(1), OPTIONS);
    expect(read(out, 'real/order.ts')).toBe('export const version = 1;\n');
  });

  it('rejects a lock that names files outside the folder', () => {
    const root = temporaryFolder();
    const out = path.join(root, 'out');
    mkdirSync(out);
    writeFileSync(path.join(root, 'victim.ts'), 'keep me');
    const hash = sha256('keep me');
    writeFileSync(path.join(out, 'retailgov.lock.json'), JSON.stringify({
      commands: { 'generate mappings': ['../victim.ts'] }, files: { '../victim.ts': hash }, generator: 'retailgov 0.0.0',
    }));
    const error = caught(() => emitGeneratedFiles(out, [], OPTIONS));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/'\.\.\/victim\.ts' is not a path inside the folder/);
    expect(readFileSync(path.join(root, 'victim.ts'), 'utf8')).toBe('keep me');
  });

  it('reports a malformed lock with its position', () => {
    const out = temporaryFolder();
    writeFileSync(path.join(out, 'retailgov.lock.json'), '{\n  "files": {\n    "a.ts": 12,\n  }\n}\n');
    const error = caught(() => emitGeneratedFiles(out, generation(1), OPTIONS)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.file).toBe(path.join(out, 'retailgov.lock.json'));
    expect(error.message).toBe('invalid lock file: not valid JSON');
    expect(error.line).toBe(4);
  });
});

describe('output folder', () => {
  it('may not be the estate folder', () => {
    const estate = temporaryFolder();
    expect(() => resolveOutputFolder('.', estate, estate)).toThrow(/is the estate folder itself/);
  });

  it('may not be a link to the estate folder', () => {
    const estate = temporaryFolder();
    const link = path.join(temporaryFolder(), 'link');
    symlinkSync(estate, link);
    expect(() => resolveOutputFolder(link, '/', estate)).toThrow(UsageError);
  });

  it('may not be a file', () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'out'), '');
    expect(() => resolveOutputFolder('out', folder, temporaryFolder())).toThrow(/is a file, not a folder/);
  });

  it('may be a new subfolder of the estate', () => {
    const estate = temporaryFolder();
    expect(resolveOutputFolder('generated', estate, estate)).toBe(path.join(estate, 'generated'));
  });
});

/** Returns a file system that throws at the `failAt`-th call of `operation`; a failing write first writes half its content. */
function failingFileSystem(operation: 'writeFile' | 'rename', failAt: number): EmitFileSystem {
  let calls = 0;
  return {
    ...nodeFileSystem,
    writeFile(absolutePath, content) {
      if (operation === 'writeFile' && ++calls === failAt) {
        nodeFileSystem.writeFile(absolutePath, content.slice(0, Math.floor(content.length / 2)));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }
      nodeFileSystem.writeFile(absolutePath, content);
    },
    rename(from, to) {
      if (operation === 'rename' && ++calls === failAt) throw Object.assign(new Error('input/output error'), { code: 'EIO' });
      nodeFileSystem.rename(from, to);
    },
  };
}

describe('failed writes', () => {
  it('write failure leaves old files and no temporaries', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    const before = listing(out).map((relative) => (relative.endsWith('/') ? relative : `${relative}:${read(out, relative)}`));
    const files = [...generation(2), { path: 'new/folder/extra.ts', content: 'export const extra = true;\n' }];
    const error = caught(() => emitGeneratedFiles(out, files, { ...OPTIONS, fileSystem: failingFileSystem('writeFile', 2) }));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^cannot write .*index\.ts \(ENOSPC\); no file was left half-written/);
    const after = listing(out).map((relative) => (relative.endsWith('/') ? relative : `${relative}:${read(out, relative)}`));
    expect(after).toEqual(before);
  });

  it('write failure in a new folder removes the folder', () => {
    const out = path.join(temporaryFolder(), 'generated');
    const error = caught(() => emitGeneratedFiles(out, generation(1), { ...OPTIONS, fileSystem: failingFileSystem('writeFile', 3) }));
    expect(error).toBeInstanceOf(UsageError);
    expect(existsSync(out)).toBe(false);
  });

  it('rename failure leaves whole files and recovers', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    const lockBefore = read(out, 'retailgov.lock.json');
    const error = caught(() => emitGeneratedFiles(out, generation(2), { ...OPTIONS, fileSystem: failingFileSystem('rename', 2) }));
    expect(error).toBeInstanceOf(UsageError);
    // The first file was renamed into place whole; the second still has its old content.
    expect(read(out, 'mappings/order.ts')).toBe('export const version = 2;\n');
    expect(read(out, 'index.ts')).toBe(generation(1)[2]!.content);
    expect(read(out, 'retailgov.lock.json')).toBe(lockBefore);
    expect(listing(out).filter((relative) => relative.endsWith('.tmp'))).toEqual([]);
    // The next run recognises the renamed file by its content instead of taking it for an edit.
    const outcome = emitGeneratedFiles(out, generation(2), OPTIONS);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.written).toEqual(['index.ts']);
    expect(emitGeneratedFiles(out, generation(2), { ...OPTIONS, check: true }).problems).toEqual([]);
  });

  it('lock rename failure recovers on the next run', () => {
    const out = temporaryFolder();
    emitGeneratedFiles(out, generation(1), OPTIONS);
    // Two files change, so the third rename is the lock's.
    expect(caught(() => emitGeneratedFiles(out, generation(2), { ...OPTIONS, fileSystem: failingFileSystem('rename', 3) }))).toBeInstanceOf(UsageError);
    expect(listing(out).filter((relative) => relative.endsWith('.tmp'))).toEqual([]);
    expect(emitGeneratedFiles(out, generation(2), { ...OPTIONS, check: true }).problems).toEqual([{ path: 'retailgov.lock.json', problem: 'stale' }]);
    const outcome = emitGeneratedFiles(out, generation(2), OPTIONS);
    expect(outcome.written).toEqual([]);
    expect(emitGeneratedFiles(out, generation(2), { ...OPTIONS, check: true }).problems).toEqual([]);
  });
});
