import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadScenario } from '../../src/simulate/scenario/load.js';
import { runScenario } from '../../src/simulate/run.js';
import type { ScenarioSpec } from '../../src/simulate/scenario/types.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { coverage, EXAMPLES, invariant, orderEstate, orderScenario, scratchFolder, simulateFolder, writeFolder } from './helpers.js';

function step(report: Awaited<ReturnType<typeof simulateFolder>>['report'], id: string) {
  return report.workflows[0].steps.find((candidate) => candidate.id === id)!;
}

describe('idempotency keys built from a per-attempt value', () => {
  it('do not deduplicate: a fresh uuid per attempt books the order again', async () => {
    const estate = orderEstate();
    const workflow = (estate['ownership.yaml'] as { workflows: Array<{ steps: Array<Record<string, unknown>> }> }).workflows[0];
    workflow.steps[2].idempotencyKey = { in: 'header', name: 'Idempotency-Key', from: ['order.id', 'uuid'] };
    const { report } = await simulateFolder(writeFolder(estate), orderScenario('1m', [{ kind: 'duplicate-delivery', step: 'post-order', probability: 0.1 }]));
    expect(step(report, 'post-order').duplicatesSuppressed).toBe(0);
    const check = invariant(report, 'no-duplicate-erp-posting');
    expect(check.passed).toBe(false);
    expect(check.violations[0].message).toContain("its idempotency key takes 'uuid', which changes with every attempt");
  });
});

describe('no-duplicate-business-write', () => {
  it('holds where the writing step has a stable key', async () => {
    const { report } = await simulateFolder(writeFolder(orderEstate()), orderScenario('1m', [{ kind: 'duplicate-delivery', step: 'capture', probability: 1 }]));
    const check = invariant(report, 'no-duplicate-business-write');
    expect(check.checked).toBeGreaterThan(1000);
    expect(check.passed).toBe(true);
    expect(step(report, 'capture').duplicatesSuppressed).toBeGreaterThan(1000);
  });

  it('fails the double-booked example when the marketplace resends every notification', async () => {
    const spec: ScenarioSpec = {
      retailgovScenario: 1,
      duration: '2m',
      traffic: [{ channel: 'marketplace', workflow: 'marketplace-order-intake', rate: '5/s' }],
      faults: [
        { kind: 'duplicate-delivery', link: { from: 'marketplace', to: 'oms' }, probability: 1 },
        { kind: 'lost-ack', system: 'erp', probability: 0.05 },
      ],
    };
    const { report } = await simulateFolder(path.join(EXAMPLES, 'double-booked-marketplace-orders'), spec);
    const business = invariant(report, 'no-duplicate-business-write');
    expect(business.passed).toBe(false);
    expect(business.violationCount).toBe(report.workflows[0].instances.started);
    expect(business.violations[0].message).toMatch(/oms applied the order of instance \d+ 2 times .*declares no idempotency key/);
    expect(invariant(report, 'no-duplicate-erp-posting').passed).toBe(false);
    expect(report.passed).toBe(false);
  });
});

describe('coverage', () => {
  // A timeout below the ERP's service time makes callers retry with no fault injected.
  const slowErp = orderEstate({ retry: { timeout: '300ms' } });

  it('does not count recovery from slow answers as proof', async () => {
    const { report } = await simulateFolder(writeFolder(slowErp), orderScenario('1m', []));
    expect(coverage(report, 'retried')).toBeGreaterThan(0);
    expect(coverage(report, 'duplicate-suppressed')).toBeGreaterThan(0);
    expect(report.coverage).toMatchObject({ faultsInjected: 0, faultsStruck: 0, recoveryExercised: false, proven: false });
    expect(report.coverage.summary).toMatch(/^no fault was injected, so the run tested no recovery path; the retries/);
    expect(report.coverage.paths.every((entry) => entry.fromFaults === 0)).toBe(true);
    expect(report.conclusive).toBe(false);
  });

  it('counts the recovery of messages an injected fault struck', async () => {
    const { report } = await simulateFolder(writeFolder(orderEstate()), orderScenario('1m', [{ kind: 'lost-ack', system: 'erp', probability: 0.2 }]));
    expect(report.coverage).toMatchObject({ faultsInjected: 1, recoveryExercised: true, proven: true });
    const suppressed = report.coverage.paths.find((entry) => entry.id === 'duplicate-suppressed')!;
    expect(suppressed.fromFaults).toBeGreaterThan(0);
    expect(report.conclusive).toBe(true);
  });
});

describe('scenario validation', () => {
  async function problems(text: string): Promise<string[]> {
    const folder = writeFolder(orderEstate());
    const workspace = await loadWorkspace(folder);
    const file = path.join(scratchFolder(), 'scenario.yaml');
    writeFileSync(file, text);
    try {
      loadScenario(file, path.dirname(file), workspace.estate);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return error.format().split('\n');
    }
    return [];
  }

  it('rejects a run of zero duration', async () => {
    expect(await problems('retailgovScenario: 1\nduration: 0s\n')).toContain(
      'scenario.yaml:2:1: invalid scenario: duration is 0, so no channel sends traffic; give a duration above 0, such as 30m');
  });

  it('rejects a fault that starts at or after the end of the run', async () => {
    const found = await problems('retailgovScenario: 1\nduration: 10m\nfaults:\n  - { kind: outage, system: erp, start: 10m, duration: 1m }\n');
    expect(found[0]).toMatch(/^scenario\.yaml:4:34: invalid scenario: the fault starts at 10m, at or after the end of the run \(10m\)/);
  });

  it('takes an outage without start and duration as lasting the whole run', async () => {
    expect(await problems('retailgovScenario: 1\nduration: 10m\nfaults:\n  - { kind: outage, system: erp }\n')).toEqual([]);
  });

  it('reports schema and estate problems of one file together', async () => {
    const found = await problems('retailgovScenario: 1\nduration: 10m\nfaults:\n  - { kind: outage, system: ledger }\n  - { kind: outage, system: erp, bogus: 1 }\n');
    expect(found).toContain("scenario.yaml:4:21: invalid scenario: unknown system 'ledger'");
    expect(found).toContain("scenario.yaml:5:34: invalid scenario: unknown key 'bogus' in /faults/1");
  });
});

describe('retries against a dead ERP', () => {
  it('attempts wait out timeout, then interval', async () => {
    const estate = orderEstate({ retry: { maxAttempts: 20, initialInterval: '200ms', backoffCoefficient: 1, maxInterval: '200ms', jitter: 'none', timeout: '10s' } });
    const workspace = await loadWorkspace(writeFolder(estate));
    const spec = orderScenario('2s', [{ kind: 'outage', system: 'erp', error: 'timeout', start: '0s', duration: '10m' }], '1/s');
    const lines: string[] = [];
    runScenario(workspace, spec, { seed: 3, log: { write: (line) => lines.push(line) } });
    const sends = lines.map((line) => JSON.parse(line) as { t: number; event: string; step?: string; instance?: number })
      .filter((event) => event.event === 'send' && event.step === 'post-order');
    const first = sends[0].instance;
    // The first 20 sends are the attempts; the automatic replays from the dead-letter queue follow.
    const times = sends.filter((event) => event.instance === first).map((event) => event.t).slice(0, 20);
    expect(times).toHaveLength(20);
    const gaps = times.slice(1).map((time, index) => Math.round(time - times[index]));
    expect(new Set(gaps)).toEqual(new Set([10_200]));
  });
});
