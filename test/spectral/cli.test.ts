import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(HERE, '../fixtures/spectral');
const SOURCE = path.resolve(HERE, '../../src');

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  pointer: string;
  line: number;
  column: number;
}

function findingsOf(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}

const ESTATE = `retailgov: 1
teams:
  - id: commerce
systems:
  - id: oms
    kind: oms
    layer: process
    owner: commerce
    contracts:
      - { id: oms-orders, path: contracts/orders.yaml }
`;

const TEAM_RULESET = `rules:
  info-title-prefix:
    description: API titles start with the domain.
    severity: error
    given: '$.info.title'
    then:
      function: pattern
      functionOptions:
        match: '^(Commerce|Supply) '
`;

describe('lint --ruleset', () => {
  it('runs the ruleset on a contract file', async () => {
    const folder = path.join(FIXTURES, 'custom-function');
    const run = await runCli(['lint', 'api.yaml', '--ruleset', 'ruleset.yaml'], folder);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/api\.yaml\n(.*\n)*\s+13:7\s+error\s+operationId "Create_Order" is not camelCase\s+operation-id-camel-case/);
  });

  it('finds .spectral.yaml in the workspace folder', async () => {
    const folder = path.join(FIXTURES, 'auto-detect');
    const run = await runCli(['lint', folder, '--format', 'json']);
    expect(run.stderr).toMatch(/^note: running the Spectral ruleset \S*auto-detect\/\.spectral\.yaml \(found in the workspace folder\)\n$/);
    const finding = findingsOf(run.stdout).find((f) => f.ruleId === 'info-description-required');
    // Paths are relative to the current folder, the repository, which contains the fixture.
    const file = path.relative(process.cwd(), path.join(folder, 'contracts/orders.yaml'));
    expect(finding).toEqual(expect.objectContaining({ severity: 'warn', file, pointer: '/info', line: 2, column: 1 }));
  });

  it('finds .spectral.yaml in the current folder for a contract file', async () => {
    const folder = path.join(FIXTURES, 'auto-detect');
    const run = await runCli(['lint', 'contracts/orders.yaml', '--format', 'json'], folder);
    expect(run.stderr).toMatch(/^note: running the Spectral ruleset \S*\.spectral\.yaml \(found in the current folder\)\n$/);
    expect(findingsOf(run.stdout).map((f) => f.ruleId)).toContain('info-description-required');
  });

  it('--ruleset wins over a default ruleset file', async () => {
    const folder = path.join(FIXTURES, 'auto-detect');
    const run = await runCli(['lint', folder, '--format', 'json', '--ruleset', path.join(FIXTURES, 'extends-relative', 'ruleset.yaml')]);
    expect(run.stderr).toBe('');
    const ids = findingsOf(run.stdout).map((f) => f.ruleId);
    expect(ids).toContain('info-contact-required');
    expect(ids).not.toContain('info-description-required');
  });

  it('configuration names the ruleset', async () => {
    const root = writeWorkspace({
      'ownership.yaml': ESTATE,
      'contracts/orders.yaml': readFileSync(path.join(FIXTURES, 'auto-detect', 'contracts', 'orders.yaml'), 'utf8'),
      '.retailgov.yaml': 'ruleset: rules/team.yaml\n',
      'rules/team.yaml': TEAM_RULESET,
    });
    const configured = await runCli(['lint', root, '--format', 'json']);
    expect(configured.stderr).toBe('');
    expect(configured.exitCode).toBe(1);
    expect(findingsOf(configured.stdout).filter((f) => f.ruleId === 'info-title-prefix')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'contracts/orders.yaml', pointer: '/info/title', line: 3 }),
    ]);

    const flagged = await runCli(['lint', root, '--format', 'json', '--ruleset', path.join(FIXTURES, 'auto-detect', '.spectral.yaml')]);
    const ids = findingsOf(flagged.stdout).map((f) => f.ruleId);
    expect(ids).toContain('info-description-required');
    expect(ids).not.toContain('info-title-prefix');
  });

  it('configuration sets the severity and limit of a ruleset rule', async () => {
    const folder = writeWorkspace({
      'api.yaml': readFileSync(path.join(FIXTURES, 'custom-function/api.yaml'), 'utf8'),
      'ruleset.yaml': readFileSync(path.join(FIXTURES, 'custom-function/ruleset.yaml'), 'utf8'),
      'functions/camelCase.js': readFileSync(path.join(FIXTURES, 'custom-function/functions/camelCase.js'), 'utf8'),
      '.retailgov.yaml': 'ruleset: ruleset.yaml\nrules:\n  operation-id-camel-case: warn\nmaxFindings:\n  operation-id-camel-case: 0\n',
    });
    const run = await runCli(['lint', 'api.yaml', '--format', 'json'], folder);
    expect(run.stderr).toBe('');
    const finding = findingsOf(run.stdout).find((f) => f.ruleId === 'operation-id-camel-case');
    expect(finding).toEqual(expect.objectContaining({ severity: 'warn', line: 13, column: 7 }));
    // A warning alone passes; the limit of zero findings fails the run.
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout).limits).toEqual([expect.objectContaining({ ruleId: 'operation-id-camel-case' })]);
  });

  it('configuration naming a rule that neither the built-in rules nor the ruleset have is refused', async () => {
    const folder = writeWorkspace({
      'api.yaml': readFileSync(path.join(FIXTURES, 'custom-function/api.yaml'), 'utf8'),
      'ruleset.yaml': readFileSync(path.join(FIXTURES, 'custom-function/ruleset.yaml'), 'utf8'),
      'functions/camelCase.js': readFileSync(path.join(FIXTURES, 'custom-function/functions/camelCase.js'), 'utf8'),
      '.retailgov.yaml': 'ruleset: ruleset.yaml\nrules:\n  operation-id-camel-cas: warn\n',
    });
    const run = await runCli(['lint', 'api.yaml'], folder);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error: \.retailgov\.yaml:3:3: unknown rule id 'operation-id-camel-cas' in rules; did you mean 'operation-id-camel-case'\?\n/);
  });

  it('no ruleset runs built-in rules only', async () => {
    const root = writeWorkspace({
      'ownership.yaml': ESTATE,
      'contracts/orders.yaml': readFileSync(path.join(FIXTURES, 'auto-detect', 'contracts', 'orders.yaml'), 'utf8'),
      'rules/team.yaml': TEAM_RULESET,
    });
    const run = await runCli(['lint', root, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(findingsOf(run.stdout).map((f) => f.ruleId)).not.toContain('info-title-prefix');
  });
});

/** Returns the modules that `file` imports at load time: `import type` and `import()` are skipped. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)';?$/gms)) {
    specifiers.push(match[1]);
  }
  return specifiers;
}

describe('Spectral loading', () => {
  it('is not imported by lint without a ruleset', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of staticImports(file)) {
        if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
        else packages.add(specifier);
      }
    };
    visit(path.join(SOURCE, 'cli/main.ts'));

    expect(seen.has(path.join(SOURCE, 'spectral/run.ts'))).toBe(true);
    expect([...packages].filter((name) => name.startsWith('@stoplight/'))).toEqual([]);
  });
});
