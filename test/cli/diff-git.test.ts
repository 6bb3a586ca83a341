import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/diff/types.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';
import { createTempRepo } from '../git/temp-repo.js';
import { estateFiles, ORDER_SCHEMA, ORDER_SCHEMA_WITHOUT_GIFT_MESSAGE, ORDERS_V1, STOCK_EVENTS } from './diff-fixtures.js';

// Each test gets its own temp folder, so that a leftover copy of a git revision shows up.
let scratch: string;
let savedTmpdir: string | undefined;

beforeEach(() => {
  savedTmpdir = process.env.TMPDIR;
  scratch = mkdtempSync(path.join(tmpdir(), 'retailgov-scratch-'));
  process.env.TMPDIR = scratch;
});

afterEach(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
});

function leftovers(): string[] {
  return readdirSync(scratch).filter((name) => name.startsWith('retailgov-diff-'));
}

function json(run: CliRun): DiffResult {
  expect(run.stderr).not.toMatch(/internal error/);
  return JSON.parse(run.stdout) as DiffResult;
}

function expectInputError(run: CliRun, pattern: RegExp): void {
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.exitCode).toBe(2);
}

/** Creates a repository whose committed estate declares `legacy-stock-api` and `stock-api`. */
function estateRepo() {
  const repo = createTempRepo();
  repo.write(estateFiles({ contracts: ['legacy-stock-api', 'stock-api'] }));
  repo.commit('estate with two stock contracts');
  return repo;
}

describe('diff --base', () => {
  it('unchanged working tree has no changes', async () => {
    const repo = estateRepo();
    const run = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], repo.root);
    const result = json(run);
    expect(result.changes).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it('estate edit in the working tree is compared with HEAD', async () => {
    const repo = estateRepo();
    repo.write(estateFiles({ contracts: ['stock-api'] }));
    repo.remove('contracts/legacy-stock-api.yaml');
    const run = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], repo.root);
    const removed = json(run).changes.filter((change) => change.id === 'contract-removed');
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ contract: 'legacy-stock-api', base: { file: 'ownership.yaml', line: 11 } });
    expect(run.exitCode).toBe(1);
    expect(leftovers()).toEqual([]);
  });

  it('estate in a sub-folder and a branch name', async () => {
    const repo = createTempRepo();
    const files = estateFiles({ contracts: ['stock-api'] });
    repo.write(Object.fromEntries(Object.entries(files).map(([file, text]) => [`estates/emea/${file}`, text])));
    repo.commit('first');
    repo.git('branch', 'release-2025.11');
    repo.write({ 'estates/emea/ownership.yaml': estateFiles({ contracts: [] })['ownership.yaml'].replace('    contracts:\n\n', '') });
    const run = await runCli(['diff', '--base', 'release-2025.11', 'estates/emea', '--format', 'json'], repo.root);
    expect(json(run).changes.map((change) => change.id)).toContain('contract-removed');
  });

  it('contract file with $refs at an older commit', async () => {
    const repo = createTempRepo();
    repo.write({ 'api/orders.yaml': ORDERS_V1, 'api/common/order.yaml': ORDER_SCHEMA });
    repo.commit('orders v1');
    repo.write({ 'api/common/order.yaml': ORDER_SCHEMA_WITHOUT_GIFT_MESSAGE });
    repo.commit('drop giftMessage');
    repo.write({ 'api/common/order.yaml': ORDER_SCHEMA });

    const unchanged = await runCli(['diff', '--base', 'HEAD~1', 'api/orders.yaml', '--format', 'json'], repo.root);
    expect(json(unchanged).changes).toEqual([]);

    const run = await runCli(['diff', '--base', 'HEAD', 'api/orders.yaml', '--format', 'json'], repo.root);
    const result = json(run);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.changes.every((change) => change.base?.file === undefined || change.base.file.startsWith('api/'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('runs from a sub-folder of the repository', async () => {
    const repo = createTempRepo();
    repo.write({ 'api/orders.yaml': ORDERS_V1, 'api/common/order.yaml': ORDER_SCHEMA });
    repo.commit('orders v1');
    const run = await runCli(['diff', '--base', 'HEAD', 'orders.yaml', '--format', 'json'], path.join(repo.root, 'api'));
    expect(json(run).changes).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('estate paths are relative to the current folder', async () => {
    const repo = createTempRepo();
    const prefixed = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([file, text]) => [`platform/${file}`, text]));
    repo.write(prefixed(estateFiles({ contracts: ['legacy-stock-api', 'stock-api'] })));
    repo.commit('estate');
    repo.write(prefixed(estateFiles({ contracts: ['stock-api'] })));

    const fromTop = await runCli(['diff', '--base', 'HEAD', 'platform', '--format', 'json'], repo.root);
    const removed = json(fromTop).changes.find((change) => change.id === 'contract-removed');
    // The base is read from a temporary copy, but reported at its path in the working tree.
    expect(removed?.base).toMatchObject({ file: 'platform/ownership.yaml', line: 11 });
    expect(removed?.revision?.file).toBe('platform/ownership.yaml');

    const inside = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], path.join(repo.root, 'platform'));
    expect(json(inside).changes.find((change) => change.id === 'contract-removed')?.base?.file).toBe('ownership.yaml');
    expect(leftovers()).toEqual([]);
  });

  it('github annotations are relative to the repository top', async () => {
    const repo = createTempRepo();
    repo.write({ 'contracts/orders.yaml': ORDERS_V1, 'contracts/common/order.yaml': ORDER_SCHEMA });
    repo.commit('orders v1');
    repo.write({ 'contracts/common/order.yaml': ORDER_SCHEMA_WITHOUT_GIFT_MESSAGE });
    const folder = path.join(repo.root, 'contracts');

    const github = await runCli(['diff', '--base', 'HEAD', 'orders.yaml', '--format', 'github'], folder);
    expect(github.stdout).toMatch(/^::error file=contracts\/common\/order\.yaml,line=\d+,col=\d+,title=/m);
    expect(github.stdout).not.toMatch(/file=common\//);

    const sarif = await runCli(['diff', '--base', 'HEAD', 'orders.yaml', '--format', 'sarif'], folder);
    const uris = JSON.parse(sarif.stdout).runs[0].results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
      result.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    expect(new Set(uris)).toEqual(new Set(['common/order.yaml']));

    const fromTop = await runCli(['diff', '--base', 'HEAD', 'contracts/orders.yaml', '--format', 'github'], repo.root);
    expect(fromTop.stdout).toMatch(/^::error file=contracts\/common\/order\.yaml,/m);
    expect(leftovers()).toEqual([]);
  });

  it('github paths outside a repository follow the current folder', async () => {
    const root = writeWorkspace({
      ...Object.fromEntries(Object.entries(estateFiles({ contracts: ['legacy-stock-api', 'stock-api'] })).map(([file, text]) => [`base/${file}`, text])),
      ...Object.fromEntries(Object.entries(estateFiles({ contracts: ['stock-api'] })).map(([file, text]) => [`revision/${file}`, text])),
    });
    const run = await runCli(['diff', 'base', 'revision', '--format', 'github'], root);
    expect(run.stdout).toMatch(/^::error file=revision\/ownership\.yaml,line=\d+,col=\d+,title=contract-removed::/m);
  });

  it('unknown revision is exit 2', async () => {
    const repo = estateRepo();
    expectInputError(await runCli(['diff', '--base', 'release/1999'], repo.root), /^error: git revision 'release\/1999' not found/);
    expectInputError(await runCli(['diff', '--base', '--upload-pack=x'], repo.root), /invalid --base/);
    expect(leftovers()).toEqual([]);
  });

  it('path missing at the revision is exit 2', async () => {
    const repo = estateRepo();
    repo.write({ 'contracts/returns.yaml': STOCK_EVENTS });
    expectInputError(await runCli(['diff', '--base', 'HEAD', 'contracts/returns.yaml'], repo.root), /^error: contracts\/returns\.yaml does not exist at git revision HEAD/);
  });

  it('path missing in the working tree names the revision', async () => {
    const repo = estateRepo();
    repo.remove('contracts/stock-api.yaml');
    expectInputError(await runCli(['diff', '--base', 'HEAD', 'contracts/stock-api.yaml'], repo.root), /^error: revision in the working tree: contracts\/stock-api\.yaml not found/);
  });

  it('invalid base at the revision names the base', async () => {
    const repo = createTempRepo();
    repo.write({ 'stock.yaml': 'asyncapi: 3.0.0\ninfo: [unclosed\n' });
    repo.commit('broken');
    repo.write({ 'stock.yaml': STOCK_EVENTS });
    const run = await runCli(['diff', '--base', 'HEAD', 'stock.yaml'], repo.root);
    expectInputError(run, /^error: base at HEAD: stock\.yaml:\d+:\d+: invalid YAML/);
    expect(leftovers()).toEqual([]);
  });

  it('invalid working tree names the revision', async () => {
    const repo = estateRepo();
    repo.write({ 'ownership.yaml': 'retailgov: 1\nteams:\n  - id: Commerce Team\n' });
    const run = await runCli(['diff', '--base', 'HEAD'], repo.root);
    expectInputError(run, /^error: revision in the working tree: ownership\.yaml:3:5: invalid declaration: \/teams\/0\/id is "Commerce Team"/);
    expect(leftovers()).toEqual([]);
  });

  it('folder outside a repository is exit 2', async () => {
    const root = writeWorkspace(estateFiles({ contracts: ['stock-api'] }));
    const run = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], root);
    expectInputError(run, /^error: .* is not inside a git repository/);
  });

  it('leaves the working tree and index alone', async () => {
    const repo = estateRepo();
    repo.write(estateFiles({ contracts: ['stock-api'] }));
    const before = repo.git('status', '--porcelain');
    await runCli(['diff', '--base', 'HEAD'], repo.root);
    expect(repo.git('status', '--porcelain')).toBe(before);
  });
});
