import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';

const REPO = path.resolve(new URL('../..', import.meta.url).pathname);
const SARIF_SCHEMA = path.resolve(REPO, '../shared/schemas/sarif-schema-2.1.0.json');

/** Turns off the rules that the small estates below break without meaning to. */
const CONFIG = `rules:
  canonical-model-declared: off
  workflow-has-sla: off
`;

const CONTRACT = `openapi: 3.0.3
info:
  title: OMS
  version: 1.0.0
  description: Order management API of the estate.
  contact:
    name: Platform team
    email: platform@example-retail.com
servers:
  - url: https://oms.example-retail.com/v1
tags:
  - name: orders
    description: Order capture and cancellation.
paths:
  /orders:
    post:
      operationId: createOrder
      description: Captures an order.
      tags: [orders]
      responses:
        '201':
          description: Created
  /orders/{id}:
    delete:
      operationId: cancelOrder
      description: Cancels an order.
      tags: [orders]
      parameters:
        - name: id
          in: path
          required: true
          description: Order id.
          schema:
            type: string
      responses:
        '204':
          description: Deleted
`;

/** The rules these tests exercise; contract style rules may add findings of their own. */
const TESTED_RULES = new Set(['contract-operation-used', 'ignore-has-reason', 'system-exists']);

/** Returns an ownership.yaml whose step names an undeclared system `shop`, with `stepExtra` lines added to the step. */
function ownership(stepExtra = '', systemsBefore = ''): string {
  return `retailgov: 1
teams:
  - id: platform
systems:
${systemsBefore}  - id: oms
    kind: oms
    layer: process
    owner: platform
    contracts:
      - id: oms-api
        path: contracts/oms.yaml
objects:
  - id: order
    kind: order
    owner: oms
workflows:
  - id: order-capture
    object: order
    steps:
      - id: capture
        from: shop
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: createOrder }
${stepExtra}`;
}

function estate(files: Record<string, string> = {}): string {
  return writeWorkspace({ '.retailgov.yaml': CONFIG, 'ownership.yaml': ownership(), 'contracts/oms.yaml': CONTRACT, ...files });
}

interface JsonFinding {
  ruleId: string;
  pointer: string;
  file: string;
  line: number;
  severity: string;
  baselined: boolean;
}

interface JsonReport {
  findings: JsonFinding[];
  limits: Array<{ ruleId: string; count: number; max: number; message: string }>;
  summary: Record<string, number>;
}

/** Parses a JSON report, keeping only the findings of the rules under test. */
function parseJson(run: CliRun): JsonReport {
  const report = JSON.parse(run.stdout) as JsonReport;
  return { ...report, findings: report.findings.filter((finding) => TESTED_RULES.has(finding.ruleId)) };
}

/** Reads a baseline file and lists `[rule, file, pointer]` of the entries of the rules under test. */
function testedEntries(file: string): Array<[unknown, unknown, unknown]> {
  const baseline = JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<Record<string, unknown>> };
  return baseline.entries.filter((entry) => TESTED_RULES.has(String(entry.rule))).map((entry) => [entry.rule, entry.file, entry.pointer]);
}

function baselinedCount(report: JsonReport): number {
  return report.findings.filter((finding) => finding.baselined).length;
}

function ruleIds(report: JsonReport): string[] {
  return report.findings.map((finding) => finding.ruleId);
}

describe('inline ignore', () => {
  it('hides a finding on a declaration step', async () => {
    const root = estate({
      'ownership.yaml': ownership(`        x-retailgov-ignore:
          - rule: system-exists
            reason: The web shop is declared in the storefront estate.
`),
    });
    const run = await runCli(['lint', root]);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/system-exists/);
    expect(run.stdout).toMatch(/, 1 suppressed in /);
    const report = parseJson(await runCli(['lint', root, '--format', 'json']));
    expect(ruleIds(report)).toEqual(['contract-operation-used']);
    expect(report.summary.suppressed).toBe(1);
  });

  it('hides a finding on a contract operation', async () => {
    const contract = CONTRACT.replace('      operationId: cancelOrder\n', `      operationId: cancelOrder
      x-retailgov-ignore:
        contract-operation-used: Called by the store back office, which is not declared yet.
`);
    const root = estate({ 'contracts/oms.yaml': contract });
    const report = parseJson(await runCli(['lint', root, '--format', 'json']));
    expect(ruleIds(report)).toEqual(['system-exists']);
    expect(report.summary.suppressed).toBe(1);
  });

  it('missing reason hides nothing', async () => {
    const root = estate({ 'ownership.yaml': ownership('        x-retailgov-ignore: [{ rule: system-exists }]\n') });
    const run = await runCli(['lint', root, '--format', 'json']);
    const report = parseJson(run);
    expect(report.findings.map((finding) => [finding.ruleId, finding.pointer])).toEqual([
      ['contract-operation-used', '/paths/~1orders~1{id}/delete'],
      ['system-exists', '/workflows/0/steps/0/from'],
      ['ignore-has-reason', '/workflows/0/steps/0/x-retailgov-ignore/0'],
    ]);
    expect(report.summary.suppressed).toBe(0);
    expect(run.exitCode).toBe(1);
  });

  it('ignore-has-reason works on contracts', async () => {
    const contract = CONTRACT.replace('info:\n', 'x-retailgov-ignore: contract-operation-used\ninfo:\n');
    const root = writeWorkspace({ 'contracts/oms.yaml': contract });
    const run = await runCli(['lint', path.join(root, 'contracts/oms.yaml'), '--root', root, '--format', 'json']);
    const finding = parseJson(run).findings.find((candidate) => candidate.ruleId === 'ignore-has-reason');
    expect(finding).toMatchObject({ file: 'contracts/oms.yaml', pointer: '/x-retailgov-ignore' });
    expect(run.exitCode).toBe(1);
  });
});

describe('baseline', () => {
  it('write, rerun clean, new finding fails', async () => {
    const root = estate();
    const first = await runCli(['lint', root, '--write-baseline'], root);
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toMatch(/^wrote \.retailgov-baseline\.json: \d+ entries \(\d+ added, 0 removed\)\n$/);
    expect(first.stdout).toMatch(/0 errors, 0 warnings, 0 info, \d+ accepted by baseline in /);

    const file = JSON.parse(readFileSync(path.join(root, '.retailgov-baseline.json'), 'utf8'));
    expect(file.version).toBe(1);
    expect(testedEntries(path.join(root, '.retailgov-baseline.json'))).toEqual([
      ['contract-operation-used', 'contracts/oms.yaml', '/paths/~1orders~1{id}/delete'],
      ['system-exists', 'ownership.yaml', '/workflows/0/steps/0/from'],
    ]);
    for (const entry of file.entries) {
      expect(entry.messageHash).toMatch(/^[0-9a-f]{16}$/);
      expect(entry).not.toHaveProperty('line');
    }

    const second = await runCli(['lint', root]);
    expect(second.stderr).toBe('');
    expect(second.stdout).not.toMatch(/system-exists/);
    expect(second.exitCode).toBe(0);

    writeFileSync(path.join(root, 'ownership.yaml'), ownership().replace('to: oms', 'to: erp'));
    const third = await runCli(['lint', root, '--format', 'json']);
    const report = parseJson(third);
    const fresh = report.findings.filter((finding) => !finding.baselined);
    expect(fresh.map((finding) => [finding.ruleId, finding.pointer])).toEqual([['system-exists', '/workflows/0/steps/0/to']]);
    expect(baselinedCount(report)).toBe(2);
    expect(third.exitCode).toBe(1);
  });

  it('moved lines still match', async () => {
    const root = estate();
    const before = parseJson(await runCli(['lint', root, '--write-baseline', '--format', 'json']));
    const moved = ownership().replace('teams:\n', '# Teams of the estate.\n\nname: Shop estate\nteams:\n');
    writeFileSync(path.join(root, 'ownership.yaml'), moved);
    const contract = CONTRACT.replace('openapi: 3.0.3\n', 'openapi: 3.0.3\n# Owned by the platform team.\nx-owner: platform\n\n');
    writeFileSync(path.join(root, 'contracts/oms.yaml'), contract);
    const run = await runCli(['lint', root, '--format', 'json', '--fail-severity', 'info']);
    const report = parseJson(run);
    expect(report.findings.map((finding) => [finding.ruleId, finding.line, finding.baselined])).toEqual(
      before.findings.map((finding) => [finding.ruleId, finding.line + 3, true]),
    );
    expect(report.findings.length).toBe(2);
    expect(run.exitCode).toBe(0);
  });

  it('merge keeps hand-added keys', async () => {
    const root = estate();
    await runCli(['lint', root, '--write-baseline']);
    const file = path.join(root, '.retailgov-baseline.json');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    const entry = written.entries.find((candidate: Record<string, unknown>) => candidate.pointer === '/workflows/0/steps/0/from');
    entry.reason = 'The web shop joins the estate next sprint.';
    entry.approvedBy = 'integration-board';
    writeFileSync(file, JSON.stringify(written, null, 2));

    writeFileSync(path.join(root, 'ownership.yaml'), ownership().replace('to: oms', 'to: erp'));
    const run = await runCli(['lint', root, '--write-baseline'], root);
    expect(run.stderr).toMatch(/^wrote \.retailgov-baseline\.json: \d+ entries \(1 added, 0 removed\)\n$/);
    const merged = JSON.parse(readFileSync(file, 'utf8'));
    const handEdited = merged.entries.find((entry: Record<string, unknown>) => entry.pointer === '/workflows/0/steps/0/from');
    expect(handEdited.reason).toBe('The web shop joins the estate next sprint.');
    expect(handEdited.approvedBy).toBe('integration-board');
    expect(testedEntries(file).map(([, , pointer]) => pointer)).toEqual(
      ['/paths/~1orders~1{id}/delete', '/workflows/0/steps/0/from', '/workflows/0/steps/0/to'],
    );
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stale entries are kept until pruned', async () => {
    const root = estate();
    await runCli(['lint', root, '--write-baseline']);
    writeFileSync(path.join(root, 'ownership.yaml'), ownership().replace('from: shop', 'from: oms'));

    const run = await runCli(['lint', root]);
    expect(run.stderr).toBe('stale baseline entries: 1 (their findings no longer occur; remove them with --prune-baseline)\n');
    expect(run.exitCode).toBe(0);

    const rewrite = await runCli(['lint', root, '--write-baseline']);
    expect(rewrite.stderr).toMatch(/^wrote .*: \d+ entries \(0 added, 0 removed\)\nstale baseline entries: 1 /);

    const prune = await runCli(['lint', root, '--prune-baseline'], root);
    expect(prune.stderr).toMatch(/^wrote \.retailgov-baseline\.json: \d+ entr(y|ies) \(0 added, 1 removed\)\n$/);
    expect(testedEntries(path.join(root, '.retailgov-baseline.json'))).toEqual([
      ['contract-operation-used', 'contracts/oms.yaml', '/paths/~1orders~1{id}/delete'],
    ]);
  });

  it('prune alone accepts nothing new', async () => {
    const root = estate();
    const run = await runCli(['lint', root, '--prune-baseline'], root);
    expect(run.stderr).toBe('wrote .retailgov-baseline.json: 0 entries (0 added, 0 removed)\n');
    expect(run.exitCode).toBe(1);
  });

  it('--no-baseline and --baseline FILE', async () => {
    const root = estate();
    await runCli(['lint', root, '--write-baseline', '--baseline', path.join(root, 'accepted.json')]);
    expect(existsSync(path.join(root, '.retailgov-baseline.json'))).toBe(false);

    expect((await runCli(['lint', root])).exitCode).toBe(1);
    expect((await runCli(['lint', root, '--baseline', path.join(root, 'accepted.json')])).exitCode).toBe(0);

    await runCli(['lint', root, '--write-baseline']);
    const all = await runCli(['lint', root, '--no-baseline', '--format', 'json']);
    expect(baselinedCount(parseJson(all))).toBe(0);
    expect(all.exitCode).toBe(1);
  });

  it('baseline key of the configuration', async () => {
    const root = estate({ '.retailgov.yaml': `${CONFIG}baseline: governance/accepted.json\n`, 'governance/README.md': 'Accepted findings.\n' });
    const run = await runCli(['lint', root, '--write-baseline'], root);
    expect(run.stderr).toMatch(/^wrote governance\/accepted\.json: \d+ entries \(\d+ added, 0 removed\)\n$/);
    expect(testedEntries(path.join(root, 'governance/accepted.json')).length).toBe(2);
    expect((await runCli(['lint', root])).exitCode).toBe(0);
  });

  it('sarif marks baselined results', async () => {
    const root = estate();
    await runCli(['lint', root, '--write-baseline']);
    writeFileSync(path.join(root, 'ownership.yaml'), ownership().replace('to: oms', 'to: erp'));
    const run = await runCli(['lint', root, '--format', 'sarif']);
    const log = JSON.parse(run.stdout);
    expectValidSarif(log);
    const results = log.runs[0].results.filter((result: { ruleId: string }) => TESTED_RULES.has(result.ruleId));
    const states = results.map((result: { ruleId: string; baselineState: string }) => [result.ruleId, result.baselineState]);
    expect(states).toEqual([
      ['contract-operation-used', 'unchanged'],
      ['system-exists', 'unchanged'],
      ['system-exists', 'new'],
    ]);
    expect(results[0].suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: expect.stringMatching(/\.retailgov-baseline\.json$/) },
    ]);
  });
});

describe('invalid baseline options', () => {
  it('--no-baseline with --write-baseline', async () => {
    const run = await runCli(['lint', estate(), '--no-baseline', '--write-baseline']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('error: --no-baseline cannot be combined with --write-baseline or --prune-baseline\n');
  });

  it('missing --baseline file', async () => {
    const run = await runCli(['lint', estate(), '--baseline', 'nowhere.json']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error: baseline file nowhere\.json not found\n/);
  });

  it('malformed baseline names line and column', async () => {
    const root = estate({ '.retailgov-baseline.json': '{\n  "version": 1,\n  "entries": [\n    { "rule": "team-exists" }\n  ]\n}\n' });
    const run = await runCli(['lint', root], root);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error: \.retailgov-baseline\.json:4:5: invalid baseline: missing required key 'file' in \/entries\/0\n/);
  });
});

function expectValidSarif(log: unknown): void {
  const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (o: object) => {
    compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
  };
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
  expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
}

describe('maxFindings', () => {
  const LIMITED = `${CONFIG}maxFindings:\n  contract-operation-used: 0\n  system-exists: 1\n`;

  it('exceeded limit fails in stylish', async () => {
    const root = estate({ '.retailgov.yaml': LIMITED });
    await runCli(['lint', root, '--write-baseline']);
    const run = await runCli(['lint', root], root);
    expect(run.stdout).toMatch(/^rule contract-operation-used: 1 finding, above its maximum of 0\n\n\d+ files, 0 errors, 0 warnings, 0 info, \d+ accepted by baseline in /);
    expect(run.stdout).not.toMatch(/rule system-exists:/);
    expect(run.exitCode).toBe(1);
  });

  it('counts baselined findings in json', async () => {
    const root = estate({ '.retailgov.yaml': LIMITED });
    await runCli(['lint', root, '--write-baseline']);
    const run = await runCli(['lint', root, '--format', 'json']);
    const report = parseJson(run);
    expect(report.limits).toEqual([
      { ruleId: 'contract-operation-used', count: 1, max: 0, message: 'rule contract-operation-used: 1 finding, above its maximum of 0' },
    ]);
    expect(report.summary.errors).toBe(0);
    expect(run.exitCode).toBe(1);
  });

  it('shows in every format', async () => {
    const root = estate({ '.retailgov.yaml': LIMITED });
    const message = 'rule contract-operation-used: 1 finding, above its maximum of 0';
    const formats = ['junit', 'github', 'markdown', 'codeclimate', 'sarif'].map((format) => `${format}:${path.join(root, `report.${format}`)}`);
    const run = await runCli(['lint', root, ...formats.flatMap((format) => ['--format', format])], root);
    expect(run.exitCode).toBe(1);
    const read = (format: string) => readFileSync(path.join(root, `report.${format}`), 'utf8');
    expect(read('junit')).toContain(`<testcase classname="maxFindings" name="maxFindings contract-operation-used">`);
    expect(read('junit')).toContain(`<failure type="limit" message="${message}">`);
    expect(read('github')).toContain(`::error file=.retailgov.yaml,line=5,col=3,title=maxFindings::${message}\n`);
    expect(read('markdown')).toContain(`- ❌ limit exceeded: ${message}\n`);
    const issue = JSON.parse(read('codeclimate')).find((entry: { check_name: string }) => entry.check_name === 'maxFindings');
    expect(issue).toMatchObject({ description: message, severity: 'major', location: { path: '.retailgov.yaml' } });
    const log = JSON.parse(read('sarif'));
    expectValidSarif(log);
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: message }, associatedRule: expect.objectContaining({ id: 'contract-operation-used' }) }),
    ]);
  });
});

describe('configuration', () => {
  it('rules change severities', async () => {
    const root = estate({ '.retailgov.yaml': `${CONFIG}  system-exists: warn\n` });
    const run = await runCli(['lint', root, '--format', 'json']);
    const report = parseJson(run);
    expect(report.findings.find((finding) => finding.ruleId === 'system-exists')?.severity).toBe('warn');
  });

  it('--config overrides the lookup', async () => {
    const root = estate({ 'strict.yaml': `${CONFIG}  contract-operation-used: error\n` });
    const run = await runCli(['lint', root, '--config', path.join(root, 'strict.yaml'), '--format', 'json']);
    const finding = parseJson(run).findings.find((candidate) => candidate.ruleId === 'contract-operation-used');
    expect(finding?.severity).toBe('error');
  });

  it('invalid config exits 2 with position', async () => {
    const root = estate({ '.retailgov.yaml': `${CONFIG}  system-exists: fatal\nmaxFinding: {}\n` });
    const run = await runCli(['lint', root], root);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe([
      `error: .retailgov.yaml:4:3: invalid configuration: /rules/system-exists must be one of "off", "error", "warn", "info"`,
      `.retailgov.yaml:5:1: invalid configuration: unknown key 'maxFinding' in the document`,
      'See docs/configuration.md for the configuration keys.',
      '',
    ].join('\n'));
  });

  it('unknown rule id suggests one', async () => {
    const root = estate({ '.retailgov.yaml': `${CONFIG}  system-exist: warn\n` });
    const run = await runCli(['lint', root], root);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      "error: .retailgov.yaml:4:3: unknown rule id 'system-exist' in rules; did you mean 'system-exists'?\nRun `retailgov rules` to list the built-in rule ids; ids of a Spectral ruleset are those under its rules key and the rulesets it extends.\n",
    );
  });

  it('missing --config file', async () => {
    const run = await runCli(['lint', estate(), '--config', 'nowhere.yaml']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('error: configuration file nowhere.yaml not found\nCheck the path given to --config.\n');
  });
});
