import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { renderHtml } from '../../src/simulate/report/html.js';
import { renderJunit } from '../../src/simulate/report/junit.js';
import { renderTerminal } from '../../src/simulate/report/terminal.js';
import { shrinkScenario } from '../../src/simulate/shrink.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { orderEstate, orderScenario, scratchFolder, simulateFolder, writeFolder } from './helpers.js';

describe('requests turned away at a channel limit', () => {
  it('count as offered, not accepted', async () => {
    const folder = writeFolder(orderEstate({ traffic: { rateLimit: { limit: '5/s', burst: 5 }, backPressure: 'reject-429' } }));
    const { report } = await simulateFolder(folder, orderScenario('20s', [], '20/s'));
    const [workflow] = report.workflows;
    expect(workflow.offered).toBe(report.totals.requests);
    expect(workflow.accepted).toBe(workflow.instances.started);
    expect(workflow.rejected).toBe(workflow.instances.rejected);
    expect(workflow.rejected).toBeGreaterThan(0);
    expect(workflow.rejectedShare).toBeCloseTo(workflow.rejected / workflow.offered, 3);
    const share = `${((workflow.rejectedShare ?? 0) * 100).toFixed(1)}%`;

    const terminal = renderTerminal(report, { color: false });
    expect(terminal).toMatch(/workflow\s+offered\s+turned away\s+completed/);
    expect(terminal).toContain(`(${share})`);
    expect(terminal).toContain(`accepted requests only, ${share} turned away`);
    expect(renderJunit(report)).toContain(`turned away ${workflow.rejected.toLocaleString('en-US')} (${share}); the SLA covers accepted requests only`);
    const html = renderHtml(report);
    expect(html).toContain('<th class="number">turned away</th>');
    expect(html).toContain(`accepted requests only, ${share} turned away`);
  });
});

describe('verdict of a run that proves nothing', () => {
  it('flags unproven runs, skips unchecked invariants', async () => {
    const folder = writeFolder(orderEstate());
    const { report } = await simulateFolder(folder, orderScenario('20s', [], '5/s'));
    expect(report.passed).toBe(true);
    expect(report.conclusive).toBe(false);
    const html = renderHtml(report);
    expect(html).toContain('<span class="verdict unproven">PASSED, but no fault exercised</span>');
    expect(html).not.toContain('verdict passed');
    expect(html.indexOf('proves nothing')).toBeLessThan(html.indexOf('<h2>Invariants</h2>'));
    const unchecked = report.invariants.filter((invariant) => invariant.checked === 0);
    expect(unchecked.length).toBeGreaterThan(0);
    const junit = renderJunit(report);
    for (const invariant of unchecked) {
      expect(junit).toContain(`<testcase classname="invariant" name="${invariant.id}">\n      <skipped message="nothing in this run could violate it, so it was not checked"/>`);
    }
  });
});

describe('charts', () => {
  it('mark percentiles and fault windows', async () => {
    const folder = writeFolder(orderEstate());
    const { report } = await simulateFolder(folder, orderScenario('2m', [{ kind: 'outage', system: 'erp', start: '30s', duration: '20s', error: 'http-503' }], '10/s'));
    const html = renderHtml(report);
    expect(html).toMatch(/<line [^>]*class="marker percentile"><title>p95 [\d.]+m?s<\/title>/);
    expect(html).toMatch(/<line [^>]*class="marker sla"><title>SLA p\d+ [\dms.]+<\/title>/);
    expect(html).toMatch(/<rect [^>]*class="window"><title>outage \(http-503\) on erp \(struck [\d,]+\): 30s–50s<\/title>/);
    expect(html).toContain('>end of traffic</text>');
    expect(html).toContain('>simulated time</text>');
    expect(html).toContain('>1m</text>');
  });
});

describe('shrinking', () => {
  it('reports an exhausted run budget', async () => {
    const folder = writeFolder(orderEstate({ erpLimit: '5/s' }));
    const workspace = await loadWorkspace(folder);
    const spec = { ...orderScenario('30s', [{ kind: 'outage', system: 'erp', start: '5s', duration: '5s', error: 'http-503' }, { kind: 'error-burst', system: 'erp', start: '1h', duration: '1m', error: 'http-503', probability: 0.5 }], '8/s'), name: 'storm' };
    const cut = shrinkScenario(workspace, spec, 'erp-rate-limit-respected', { seed: 1, maxRuns: 3 });
    expect(cut.runs).toBe(3);
    expect(cut.budgetExhausted).toBe(true);
    expect(cut.scenario.name).toBe('shrunk from: storm');
    // The error burst starts after the traffic ends: it is dropped first.
    expect((cut.scenario.faults ?? []).map((fault) => fault.kind)).not.toContain('error-burst');
    const again = shrinkScenario(workspace, cut.scenario, 'erp-rate-limit-respected', { seed: 1, maxRuns: 2 });
    expect(again.scenario.name).toBe('shrunk from: storm');
  });
});

describe('a missing estate', () => {
  it('gets simulate\'s own advice', async () => {
    const folder = scratchFolder();
    writeFileSync(path.join(folder, 'readme.txt'), 'not an estate');
    const run = await runCli(['simulate', folder]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('simulate needs an estate');
    expect(run.stderr).not.toContain('lint it alone');
  });
});
