import { describe, expect, it } from 'vitest';
import { coverage, invariant, orderEstate, orderScenario, simulateFolder, writeFolder } from './helpers.js';

/** Returns the order estate with the ERP's rate limits replaced by `rateLimits`. */
function withErpLimits(rateLimits: object[]): Record<string, object> {
  const estate = orderEstate();
  const ownership = estate['ownership.yaml'] as { systems: Array<{ id: string; rateLimits?: object[] }> };
  ownership.systems.find((system) => system.id === 'erp')!.rateLimits = rateLimits;
  return estate;
}

describe('client-side throttle', () => {
  it('queues calls above the limit at the caller', async () => {
    const folder = writeFolder(withErpLimits([{ scope: 'api', limit: '10/s', burst: 10, onExceed: 'reject-429' }]));
    const { report } = await simulateFolder(folder, orderScenario('30s', [], '20/s'));
    const erp = report.systems.find((system) => system.id === 'erp')!;
    expect(erp.throttled).toBeGreaterThan(100);
    expect(coverage(report, 'throttled')).toBe(erp.throttled);
    expect(erp.rateLimited.rejected).toBe(0);
    // Twice the limit for 30 seconds leaves about 300 calls waiting, so the last wait about 30 seconds.
    const posting = report.workflows[0].steps.find((step) => step.id === 'post-order')!;
    expect(posting.latency.max).toBeGreaterThan(20_000);
    expect(posting.retries).toBe(0);
    expect(report.deadLetters).toEqual([]);
  });

  it('starts the timeout only when a held call is sent', async () => {
    // Calls wait far longer than the 5s timeout at the caller, yet none times out.
    const folder = writeFolder(withErpLimits([{ scope: 'api', limit: '2/s', burst: 2, onExceed: 'reject-429' }]));
    const { report } = await simulateFolder(folder, orderScenario('20s', [], '10/s'));
    expect(coverage(report, 'timeout')).toBe(0);
    expect(report.workflows[0].steps.find((step) => step.id === 'post-order')!.latency.max).toBeGreaterThan(60_000);
  });

  it('applies the limits scoped to the caller only', async () => {
    const folder = writeFolder(withErpLimits([{ scope: 'webshop', limit: '1/s', burst: 1, onExceed: 'reject-429' }]));
    const { report } = await simulateFolder(folder, orderScenario('20s', [], '20/s'));
    const erp = report.systems.find((system) => system.id === 'erp')!;
    expect(erp.throttled).toBe(0);
    expect(erp.rateLimited.rejected).toBe(0);
    expect(invariant(report, 'erp-rate-limit-respected').passed).toBe(true);
  });

  it('honours the tightest of several limits', async () => {
    const folder = writeFolder(withErpLimits([
      { scope: 'api', limit: '100/s', burst: 100, onExceed: 'reject-429' },
      { scope: 'integration-hub', limit: '5/s', burst: 5, onExceed: 'reject-429' },
    ]));
    const { report } = await simulateFolder(folder, orderScenario('20s', [], '10/s'));
    const erp = report.systems.find((system) => system.id === 'erp')!;
    expect(erp.throttled).toBeGreaterThan(50);
    expect(erp.rateLimited.rejected).toBe(0);
    expect(invariant(report, 'erp-rate-limit-respected').violations[0].message).toContain('over its limit of 5/s');
  });
});
