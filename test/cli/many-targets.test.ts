import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';

/** An OpenAPI document whose schema `Order` has a `$ref` to `ref`: a URL or a missing node gives one finding. */
function contract(title: string, ref = '#/components/schemas/Money'): string {
  return `openapi: 3.0.3
info:
  title: ${title}
  version: 1.0.0
paths: {}
components:
  schemas:
    Order:
      $ref: '${ref}'
    Money:
      type: object
`;
}

const ASYNC_CONTRACT = `asyncapi: 2.6.0
info:
  title: Stock events
  version: 1.0.0
channels:
  stock/changed:
    subscribe:
      message:
        payload:
          $ref: 'https://schemas.example.com/stock.json'
`;

const WORKSPACE = `retailgov: 1
teams:
  - id: platform
systems:
  - id: oms
    kind: oms
    layer: process
    owner: nobody
`;

/** The rules these tests look at; style rules on contracts may add findings of their own. */
const TESTED_RULES = new Set(['no-broken-ref', 'no-remote-ref', 'team-exists']);

interface JsonReport {
  findings: Array<{ ruleId: string; file: string; line: number; column: number }>;
  summary: { files: number; errors: number; warnings: number };
}

/** Parses a JSON report, keeping only the findings of the rules under test. */
function reportOf(run: CliRun): JsonReport {
  const report = JSON.parse(run.stdout) as JsonReport;
  return { ...report, findings: report.findings.filter((finding) => TESTED_RULES.has(finding.ruleId)) };
}

function placesOf(run: CliRun): string[] {
  return reportOf(run).findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`);
}

describe('lint with several targets', () => {
  it('files, folders and patterns in one report', async () => {
    const root = writeWorkspace({
      'b.json': JSON.stringify({ openapi: '3.0.3', info: { title: 'B', version: '1' }, paths: {}, components: { schemas: { A: { $ref: '#/nowhere' } } } }, null, 2),
      'a.yaml': contract('A', 'https://schemas.example.com/a.json'),
      'specs/events.yaml': ASYNC_CONTRACT,
      'specs/nested/orders.yml': contract('Orders', '#/components/schemas/Missing'),
      'more/x.yaml': contract('X', 'https://schemas.example.com/x.json'),
      'more/deeper/y.yaml': contract('Y', 'https://schemas.example.com/y.json'),
    });
    const run = await runCli(['lint', 'a.yaml', 'b.json', 'specs/', 'more/**/*.yaml', '--format', 'json'], root);

    expect(run.stderr).toBe('');
    expect(placesOf(run)).toEqual([
      'a.yaml:9 no-remote-ref',
      'b.json:11 no-broken-ref',
      'more/deeper/y.yaml:9 no-remote-ref',
      'more/x.yaml:9 no-remote-ref',
      'specs/events.yaml:10 no-remote-ref',
      'specs/nested/orders.yml:9 no-broken-ref',
    ]);
    expect(reportOf(run).summary.files).toBe(6);
    expect(run.exitCode).toBe(1);
  });

  it('stylish ends with one summary line', async () => {
    const root = writeWorkspace({ 'a.yaml': contract('A', 'https://schemas.example.com/a.json'), 'b.yaml': contract('B', '#/x') });
    const run = await runCli(['lint', 'a.yaml', 'b.yaml'], root);
    const lines = run.stdout.trimEnd().split('\n');

    expect(lines.filter((line) => / files?, \d+ errors?, /.test(line))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^2 files, \d+ errors?, \d+ warnings?, \d+ info in \d+\.\d\ds$/);
    expect(run.stdout.indexOf('a.yaml')).toBeLessThan(run.stdout.indexOf('b.yaml'));
  });

  it('folder skips files without a version key', async () => {
    const root = writeWorkspace({
      'specs/orders.yaml': contract('Orders'),
      'specs/common/money.yaml': 'Money:\n  type: object\n',
      'specs/list.json': '[1, 2, 3]',
      'specs/notes.txt': 'not yaml: [',
    });
    const run = await runCli(['lint', 'specs', '--format', 'json'], root);

    expect(run.stderr).toBe('note: skipped 2 files without an openapi, swagger or asyncapi key\n');
    expect(reportOf(run).summary.files).toBe(1);
    expect(run.exitCode).toBe(0);
  });

  it('pattern skips node_modules and dot folders', async () => {
    const remote = contract('Hidden', 'https://schemas.example.com/hidden.json');
    const root = writeWorkspace({
      'contracts/orders.yaml': contract('Orders'),
      'contracts/node_modules/pkg/api.yaml': remote,
      'contracts/.cache/api.yaml': remote,
      'node_modules/api.yaml': remote,
    });
    const pattern = await runCli(['lint', '**/*.yaml', '--format', 'json'], root);
    const folder = await runCli(['lint', '.', '--format', 'json'], root);

    for (const run of [pattern, folder]) {
      expect(reportOf(run).findings).toEqual([]);
      expect(reportOf(run).summary.files).toBe(1);
    }
  });

  it('folder walk ignores symlinked folders', async () => {
    const root = writeWorkspace({ 'specs/orders.yaml': contract('Orders', '#/x') });
    symlinkSync('..', path.join(root, 'specs', 'loop'));
    const run = await runCli(['lint', 'specs', '--format', 'json'], root);

    expect(placesOf(run)).toEqual(['specs/orders.yaml:9 no-broken-ref']);
  });

  it('invalid file is reported and the others still linted', async () => {
    const root = writeWorkspace({
      'specs/a.yaml': contract('A', 'https://schemas.example.com/a.json'),
      'specs/broken.yaml': 'openapi: 3.0.3\ninfo: [unclosed\n',
      'specs/c.yaml': contract('C', '#/nowhere'),
    });
    const run = await runCli(['lint', 'specs', '--format', 'json'], root);

    expect(run.stderr).toMatch(/^error: specs\/broken\.yaml:\d+:\d+: invalid YAML: .*\nFix the YAML syntax at that position\.\n$/);
    expect(placesOf(run)).toEqual(['specs/a.yaml:9 no-remote-ref', 'specs/c.yaml:9 no-broken-ref']);
    expect(run.exitCode).toBe(2);
  });

  it('only invalid targets print no report', async () => {
    const root = writeWorkspace({ 'a.yaml': 'openapi: [\n' });
    const run = await runCli(['lint', 'a.yaml', 'missing.yaml', 'nothing/**/*.json'], root);

    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter((line) => line.startsWith('error: '))).toEqual([
      'error: missing.yaml not found',
      "error: no file matches the pattern 'nothing/**/*.json'",
      expect.stringMatching(/^error: a\.yaml:\d+:\d+: invalid YAML/),
    ]);
    expect(run.exitCode).toBe(2);
  });

  it('folder of non-contracts is an error', async () => {
    const root = writeWorkspace({ 'declarations/teams.yaml': 'teams: []\n' });
    const run = await runCli(['lint', 'declarations'], root);

    expect(run.stderr).toContain('error: declarations has no ownership.yaml and no OpenAPI or AsyncAPI document');
    expect(run.exitCode).toBe(2);
  });

  it('workspaces keep apart by path', async () => {
    const root = writeWorkspace({ 'north/ownership.yaml': WORKSPACE, 'south/ownership.yaml': WORKSPACE, 'api.yaml': contract('Api', '#/x') });
    const run = await runCli(['lint', 'north', 'south', 'api.yaml', '--format', 'json'], root);

    expect(placesOf(run)).toEqual(['api.yaml:9 no-broken-ref', 'north/ownership.yaml:8 team-exists', 'south/ownership.yaml:8 team-exists']);
  });

  it('folder of estates lints each workspace', async () => {
    const root = writeWorkspace({ 'estates/north/ownership.yaml': WORKSPACE, 'estates/south/ownership.yaml': WORKSPACE });
    const run = await runCli(['lint', path.join(root, 'estates'), '--format', 'json'], root);

    expect(placesOf(run)).toEqual(['estates/north/ownership.yaml:8 team-exists', 'estates/south/ownership.yaml:8 team-exists']);
  });

  it('workspace paths relative to cwd', async () => {
    const root = writeWorkspace({ 'north/ownership.yaml': WORKSPACE });
    const run = await runCli(['lint', 'north', '--format', 'json'], root);

    expect(placesOf(run)).toEqual(['north/ownership.yaml:8 team-exists']);
  });

  it('workspace outside cwd keeps its own paths', async () => {
    const root = writeWorkspace({ 'ownership.yaml': WORKSPACE });
    const elsewhere = writeWorkspace({ 'readme.txt': 'another folder' });
    const run = await runCli(['lint', root, '--format', 'json'], elsewhere);

    expect(placesOf(run)).toEqual(['ownership.yaml:8 team-exists']);
  });

  it.each(['0', 'two', '-1'])('invalid --jobs %s exits 2', async (value) => {
    const root = writeWorkspace({ 'a.yaml': contract('A') });
    const run = await runCli(['lint', 'a.yaml', '--jobs', value], root);

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`invalid --jobs '${value}'`);
  });
});
