import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry.js';
import { runCli } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';

const REPO = path.resolve(new URL('../..', import.meta.url).pathname);
const SARIF_SCHEMA = path.resolve(REPO, '../shared/schemas/sarif-schema-2.1.0.json');

const BROKEN = {
  'ownership.yaml': [
    'retailgov: 1',
    'teams:',
    '  - id: platform',
    'systems:',
    '  - id: oms',
    '    kind: oms',
    '    layer: process',
    '    owner: nobody',
    '',
  ].join('\n'),
};

describe('lint command', () => {
  it('reference estate is clean', async () => {
    const run = await runCli(['lint'], REPO);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/ 0 errors, 0 warnings, 0 info(, \d+ suppressed)? in /);
    expect(run.exitCode).toBe(0);
  });

  it('findings exit 1 with stylish lines', async () => {
    const root = writeWorkspace(BROKEN);
    const run = await runCli(['lint', root]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/ownership\.yaml\n\s+8:5\s+error\s+.*'nobody'.*team-exists/);
  });

  it('json format parses', async () => {
    const root = writeWorkspace(BROKEN);
    const run = await runCli(['lint', root, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: Array<Record<string, unknown>>; summary: Record<string, number> };
    const finding = report.findings.find((f) => f.ruleId === 'team-exists');
    expect(finding).toMatchObject({ file: 'ownership.yaml', pointer: '/systems/0/owner', line: 8, column: 5, severity: 'error' });
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('sarif validates against the 2.1.0 schema', async () => {
    const root = writeWorkspace(BROKEN);
    const run = await runCli(['lint', root, '--format', 'sarif']);
    const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (o: object) => {
      compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
    };
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
    const log = JSON.parse(run.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'team-exists')).toBe(true);
  });

  it('fail-severity info fails on info findings only when present', async () => {
    const root = writeWorkspace(BROKEN);
    expect((await runCli(['lint', root, '--fail-severity', 'info'])).exitCode).toBe(1);
  });

  it('output writes the report to a file', async () => {
    const root = writeWorkspace(BROKEN);
    const run = await runCli(['lint', '.', '--format', 'json', '--output', 'report.json'], root);
    expect(run.stdout).toBe('');
    expect(run.exitCode).toBe(1);
    expect(existsSync(path.join(root, 'report.json'))).toBe(true);
  });

  it('unknown format is a usage error', async () => {
    const run = await runCli(['lint', '--format', 'xml']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--format.*xml/);
  });

  it('unknown command is a usage error', async () => {
    expect((await runCli(['frobnicate'])).exitCode).toBe(2);
  });
});

describe('rules command', () => {
  it('lists every registered rule', async () => {
    const run = await runCli(['rules']);
    expect(run.exitCode).toBe(0);
    for (const rule of RULES) expect(run.stdout).toContain(rule.id);
    expect(RULES.filter((rule) => rule.scope === 'estate').length).toBeGreaterThanOrEqual(20);
  });

  it('json lists ids and severities', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    const rules = JSON.parse(run.stdout) as Array<{ id: string; severity: string }>;
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
  });
});

describe('report files', () => {
  it('unwritable second report writes none', async () => {
    const root = writeWorkspace(BROKEN);
    const run = await runCli(['lint', '.', '--format', 'json:ok.json', '--format', 'sarif:missing/x.sarif'], root);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*missing\/x\.sarif/);
    expect(existsSync(path.join(root, 'ok.json'))).toBe(false);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
