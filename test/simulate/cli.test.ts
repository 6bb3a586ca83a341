import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, orderEstate, scratchFolder, writeFolder } from './helpers.js';

const STORM = path.join(EXAMPLES, 'erp-retries-without-backoff');

const SHORT_SCENARIO = `retailgovScenario: 1
name: short outage
duration: 2m
traffic:
  - { channel: webshop, workflow: order-capture, rate: 40/s, peakMultiplier: 1 }
faults:
  - { kind: outage, system: erp, start: 30s, duration: 10s, error: timeout }
  - { kind: duplicate-delivery, probability: 0.05 }
  - { kind: reordering, probability: 0.05, maxDelay: 1s }
`;

function scenarioFile(text: string): string {
  const file = path.join(scratchFolder(), 'scenario.yaml');
  writeFileSync(file, text);
  return file;
}

describe('retailgov simulate', () => {
  it('exits 0 when every invariant and SLA holds', async () => {
    const folder = writeFolder(orderEstate());
    const run = await runCli(['simulate', folder, '--scenario', scenarioFile(SHORT_SCENARIO)]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('PASSED: every invariant held and every SLA was met (seed 1).');
    expect(run.stdout).toMatch(/✓ no-duplicate-erp-posting +[\d,]+ checks/);
  });

  it('writes byte-identical reports and event logs for the same seed', async () => {
    const scratch = scratchFolder();
    const scenario = scenarioFile(SHORT_SCENARIO);
    const outputs = [];
    for (const name of ['first', 'second']) {
      const run = await runCli(['simulate', STORM, '--scenario', scenario, '--seed', '42', '--format', 'json',
        '--output', path.join(scratch, `${name}.json`), '--events', path.join(scratch, `${name}.jsonl`), '--no-shrink']);
      expect(run.exitCode).toBe(1);
      outputs.push({ report: readFileSync(path.join(scratch, `${name}.json`)), events: readFileSync(path.join(scratch, `${name}.jsonl`)) });
    }
    expect(outputs[0].report.equals(outputs[1].report)).toBe(true);
    expect(outputs[0].events.equals(outputs[1].events)).toBe(true);
    const lines = outputs[0].events.toString('utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10_000);
    const first = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(first).toMatchObject({ t: expect.any(Number), event: 'accept', workflow: 'order-capture', channel: 'webshop' });
    const events = new Set(lines.map((line) => (JSON.parse(line) as { event: string }).event));
    for (const event of ['send', 'apply', 'delivered', 'error', 'duplicate', 'duplicate-suppressed', 'finish']) expect(events).toContain(event);

    const other = await runCli(['simulate', STORM, '--scenario', scenario, '--seed', '43', '--format', 'json', '--no-shrink']);
    expect(other.stdout).not.toBe(outputs[0].report.toString('utf8'));
  });

  it('replays a run exactly from its JSON report', async () => {
    const scratch = scratchFolder();
    const original = path.join(scratch, 'original.json');
    const replayed = path.join(scratch, 'replayed.json');
    await runCli(['simulate', STORM, '--scenario', scenarioFile(SHORT_SCENARIO), '--seed', '5', '--format', 'json', '--output', original, '--no-shrink']);
    const run = await runCli(['simulate', STORM, '--replay', original, '--format', 'json', '--output', replayed, '--no-shrink']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(readFileSync(replayed, 'utf8')).toBe(readFileSync(original, 'utf8'));
  });

  it('reports the shape of the JSON report', async () => {
    const run = await runCli(['simulate', STORM, '--scenario', scenarioFile(SHORT_SCENARIO), '--format', 'json']);
    const report = JSON.parse(run.stdout) as Record<string, unknown> & { invariants: object[]; workflows: Array<Record<string, unknown>>; shrunk: { invariant: string } };
    expect(Object.keys(report)).toEqual(['tool', 'version', 'estate', 'seed', 'passed', 'conclusive', 'scenario', 'invariants', 'workflows',
      'deadLetters', 'systems', 'backlog', 'faults', 'coverage', 'totals', 'shrunk']);
    expect(report.invariants[0]).toEqual(expect.objectContaining({ id: 'no-duplicate-erp-posting', passed: true, violations: [] }));
    expect(report.workflows[0]).toEqual(expect.objectContaining({
      id: 'order-capture',
      latency: { p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number), max: expect.any(Number) },
      slaMet: expect.any(Boolean),
    }));
    expect(report.shrunk.invariant).toBe('erp-rate-limit-respected');
    // The shrunk scenario goes to stderr when stdout carries a machine-readable report.
    expect(run.stderr).toContain('Minimal failing scenario for erp-rate-limit-respected:');
  });

  it('marks a run without faults as proving nothing', async () => {
    const folder = writeFolder(orderEstate());
    const scenario = scenarioFile('retailgovScenario: 1\nduration: 30s\n');
    const run = await runCli(['simulate', folder, '--scenario', scenario]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('No fault struck in this run, so no recovery path was tested: a pass proves nothing about the policies.');
    expect(run.stdout).toContain('PASSED WITHOUT PROOF: every invariant held and every SLA was met, but no fault path was exercised (seed 1).');
    const junit = await runCli(['simulate', folder, '--scenario', scenario, '--format', 'junit']);
    expect(junit.stdout).toContain('<skipped message="no fault struck or no recovery path ran, so this run proves nothing about the policies"/>');
    const json = JSON.parse((await runCli(['simulate', folder, '--scenario', scenario, '--format', 'json'])).stdout) as { conclusive: boolean; passed: boolean };
    expect(json).toMatchObject({ passed: true, conclusive: false });
  });

  it('writes JUnit with one failing case per violated invariant and missed SLA', async () => {
    const run = await runCli(['simulate', STORM, '--scenario', scenarioFile(SHORT_SCENARIO), '--format', 'junit', '--no-shrink']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="retailgov simulate" tests="\d+" failures="\d" errors="0" skipped="\d">/);
    expect(run.stdout).toContain('<testcase classname="invariant" name="erp-rate-limit-respected">');
    expect(run.stdout).toMatch(/<failure message="\d+ violations of erp-rate-limit-respected">/);
    expect(run.stdout).toContain('<skipped message="nothing in this run could violate it, so it was not checked"/>');
    expect(run.stdout).toMatch(/<system-out>offered [\d,]+, accepted [\d,]+, turned away [\d,]+/);
  });
});

describe('invalid input', () => {
  it('names file, line and column of a scenario schema error', async () => {
    const folder = writeFolder(orderEstate());
    const scenario = scenarioFile('retailgovScenario: 1\nduration: 10 minutes\nfaults:\n  - kind: outage\n    system: erp\n');
    const run = await runCli(['simulate', folder, '--scenario', scenario], path.dirname(scenario));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('error: scenario.yaml:2:1: invalid scenario: /duration is "10 minutes", which is not valid');
    // An outage without start and duration lasts the whole run, so only the duration is wrong.
    expect(run.stderr).not.toContain('/faults/0');
  });

  it('names a scenario reference the estate does not declare', async () => {
    const folder = writeFolder(orderEstate());
    const scenario = scenarioFile('retailgovScenario: 1\nduration: 1m\nfaults:\n  - { kind: lost-ack, system: ledger, probability: 0.1 }\n  - { kind: lost-ack, step: post-order, extra: 1s, probability: 0.1 }\n');
    const run = await runCli(['simulate', folder, '--scenario', scenario], path.dirname(scenario));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("scenario.yaml:4:23: invalid scenario: unknown system 'ledger'");
    expect(run.stderr).toContain("scenario.yaml:5:41: invalid scenario: 'extra' applies to latency-spike faults, not lost-ack");
  });

  it('rejects a malformed seed, format or replay combination', async () => {
    const folder = writeFolder(orderEstate());
    expect((await runCli(['simulate', folder, '--seed', '-3'])).stderr).toContain("error: invalid --seed '-3'; use a whole number from 0 to 4294967295");
    const format = await runCli(['simulate', folder, '--format', 'pdf']);
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toContain("argument 'pdf' is invalid");
    const both = await runCli(['simulate', folder, '--replay', 'a.json', '--scenario', 'b.yaml']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain('--replay takes the scenario from its file; drop --scenario');
  });

  it('reports a missing estate folder', async () => {
    const run = await runCli(['simulate', path.join(scratchFolder(), 'nowhere')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error: no ownership.yaml in /);
  });
});

class TerminalStream extends Writable {
  text = '';
  isTTY = true;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

describe('progress bar', () => {
  async function stderrOf(environmentCi: string | undefined): Promise<string> {
    const folder = writeFolder(orderEstate());
    const scenario = scenarioFile('retailgovScenario: 1\nduration: 20m\ntraffic:\n  - { channel: webshop, workflow: order-capture, rate: 100/s, peakMultiplier: 1 }\n');
    const stdout = new TerminalStream();
    const stderr = new TerminalStream();
    const saved = process.env.CI;
    if (environmentCi === undefined) delete process.env.CI;
    else process.env.CI = environmentCi;
    try {
      await main(['simulate', folder, '--scenario', scenario], { stdout, stderr, cwd: folder });
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
    return stderr.text;
  }

  it('draws on an interactive terminal outside CI', async () => {
    expect(await stderrOf(undefined)).toMatch(/\rsimulating \[#+ *\] /);
  });

  it('stays silent in CI', async () => {
    expect(await stderrOf('true')).toBe('');
  });
});
