import { execFileSync } from 'node:child_process';
import { readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';

const TEAM = 'teams:\n  - id: platform\n';

/** Lints a workspace written from `files` and returns the run. */
async function lintFiles(files: Record<string, string>) {
  const root = writeWorkspace(files);
  return { root, run: await runCli(['lint', root]) };
}

function expectInputError(run: { exitCode: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.exitCode).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('bad input', () => {
  it('invalid YAML names line and column', async () => {
    const { run } = await lintFiles({ 'ownership.yaml': 'retailgov: 1\nteams:\n  - id: [unclosed\n' });
    expectInputError(run, /^error: ownership\.yaml:\d+:\d+: invalid YAML/);
  });

  it('duplicate keys are rejected', async () => {
    const { run } = await lintFiles({ 'ownership.yaml': 'retailgov: 1\nname: a\nname: b\n' });
    expectInputError(run, /^error: ownership\.yaml:3:1: invalid YAML: duplicate key 'name'/);
    expect(run.stderr).toMatch(/duplicate keys/);
  });

  it('alias bomb is rejected quickly', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [previous, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h']]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const { run } = await lintFiles({ 'ownership.yaml': `retailgov: 1\nx-bomb:\n${levels.map((l) => '  ' + l).join('\n')}\n` });
    expectInputError(run, /^error: ownership\.yaml:\d+:\d+: YAML aliases expand too far/);
  });

  it('hundreds of ordinary aliases still load', async () => {
    const items = Array.from({ length: 300 }, (_, i) => `  - id: team-${i}\n    contact: *contact`).join('\n');
    const { run } = await lintFiles({ 'ownership.yaml': `retailgov: 1\nx-contact: &contact ops@example.com\nteams:\n${items}\n` });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });

  it('__proto__ key is an unknown key', async () => {
    const { run } = await lintFiles({ 'ownership.yaml': `retailgov: 1\n${TEAM}__proto__:\n  polluted: true\n` });
    expectInputError(run, /^error: ownership\.yaml:4:1: invalid declaration: unknown key '__proto__'/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('constructor key is an unknown key', async () => {
    const { run } = await lintFiles({ 'ownership.yaml': `retailgov: 1\nteams:\n  - id: platform\n    constructor: x\n` });
    expectInputError(run, /^error: ownership\.yaml:4:5: invalid declaration: unknown key 'constructor' in \/teams\/0/);
  });

  it('missing workspace file', async () => {
    const root = writeWorkspace({ 'readme.txt': 'not a workspace' });
    const run = await runCli(['lint', root]);
    expectInputError(run, /no ownership\.yaml/);
  });

  it('missing path', async () => {
    const run = await runCli(['lint', '/nonexistent/retailgov/estate']);
    expectInputError(run, /not found/);
  });

  it('missing included file names the include line', async () => {
    const { run } = await lintFiles({ 'ownership.yaml': 'retailgov: 1\ninclude:\n  - declarations/teams.yaml\n' });
    expectInputError(run, /^error: ownership\.yaml:3:5: included file 'declarations\/teams\.yaml' not found/);
  });

  it('include outside the workspace is refused', async () => {
    const { run } = await lintFiles({ 'ownership.yaml': 'retailgov: 1\ninclude:\n  - ../../etc/passwd\n' });
    expectInputError(run, /^error: ownership\.yaml:3:5: refusing to include/);
  });

  it('binary file', async () => {
    const root = writeWorkspace({ 'ownership.yaml': 'retailgov: 1\ninclude: [blob.yaml]\n' });
    writeFileSync(path.join(root, 'blob.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const run = await runCli(['lint', root]);
    expectInputError(run, /^error: blob\.yaml:1:1: binary file/);
  });

  it('contract path outside the workspace is refused', async () => {
    const { run } = await lintFiles({
      'ownership.yaml': `retailgov: 1\n${TEAM}systems:\n  - id: erp\n    kind: erp\n    layer: system\n    owner: platform\n    contracts:\n      - id: erp-api\n        path: ../outside.yaml\n`,
    });
    expectInputError(run, /^error: ownership\.yaml:\d+:\d+: refusing path '\.\.\/outside\.yaml' outside the workspace/);
  });

  it('contract $ref through a symlink out of the workspace is refused', async () => {
    const outside = writeWorkspace({ 'secret.yaml': 'type: object\n' });
    const root = writeWorkspace({
      'ownership.yaml': `retailgov: 1\n${TEAM}systems:\n  - id: erp\n    kind: erp\n    layer: system\n    owner: platform\n    contracts:\n      - id: erp-api\n        path: api.yaml\n`,
      'api.yaml': [
        'openapi: 3.0.3', 'info: {title: t, version: "1"}', 'paths: {}', 'components:', '  schemas:',
        '    Leak:', "      $ref: 'link/secret.yaml'", '',
      ].join('\n'),
    });
    symlinkSync(outside, path.join(root, 'link'));
    const run = await runCli(['lint', root]);
    expectInputError(run, /^error: api\.yaml:7:\d+: refusing \$ref/);
  });

  it('include through a symlink out of the workspace is refused', async () => {
    const outside = writeWorkspace({ 'teams.yaml': 'teams:\n  - id: secret-team\n' });
    const root = writeWorkspace({ 'ownership.yaml': 'retailgov: 1\ninclude: [teams.yaml]\n' });
    symlinkSync(path.join(outside, 'teams.yaml'), path.join(root, 'teams.yaml'));
    const run = await runCli(['lint', root]);
    expectInputError(run, /^error: teams\.yaml: refusing to read teams\.yaml: a symbolic link leads outside the workspace/);
  });

  it('device link is refused without reading it', async () => {
    const root = writeWorkspace({ 'ownership.yaml': 'retailgov: 1\ninclude: [zero.yaml]\n' });
    symlinkSync('/dev/zero', path.join(root, 'zero.yaml'));
    const run = await runCli(['lint', root]);
    expectInputError(run, /symbolic link leads outside the workspace/);
  });

  it('named pipe is refused without blocking', async () => {
    const root = writeWorkspace({ 'ownership.yaml': 'retailgov: 1\ninclude: [pipe.yaml]\n' });
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const run = await runCli(['lint', root]);
    expectInputError(run, /^error: pipe\.yaml: is not a regular file/);
  });

  it('deep nesting is a clear error', async () => {
    const depth = 20_000;
    const { run } = await lintFiles({ 'ownership.yaml': `retailgov: 1\nx-deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n` });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('schema error names the offending key', async () => {
    const { run } = await lintFiles({
      'ownership.yaml': `retailgov: 1\n${TEAM}systems:\n  - id: erp\n    kind: erp\n    layer: system\n    owner: platform\n    colour: blue\n`,
    });
    expectInputError(run, /^error: ownership\.yaml:9:5: invalid declaration: unknown key 'colour' in \/systems\/0/);
  });

  it('nothing is written on bad input', async () => {
    const root = writeWorkspace({ 'ownership.yaml': 'retailgov: 1\nteams: [\n' });
    const run = await runCli(['lint', root, '--output', 'report.json', '--format', 'json'], root);
    expect(run.exitCode).toBe(2);
    expect(readdirSync(root)).toEqual(['ownership.yaml']);
  });
});
