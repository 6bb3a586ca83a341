import { describe, expect, it } from 'vitest';
import { parseDuration, parseRate } from '../../src/model/units.js';
import { defaultScenario } from '../../src/simulate/scenario/default.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { runCli } from '../helpers/cli.js';
import { REPOSITORY } from './helpers.js';

describe('default scenario', () => {
  it('reaches every declared peak from 5m to 20m only', async () => {
    const { estate } = await loadWorkspace(REPOSITORY);
    const scenario = defaultScenario(estate);
    expect(scenario.duration).toBe('30m');
    expect(scenario.traffic).toHaveLength(estate.traffic.length);
    for (const entry of scenario.traffic!) {
      const declared = estate.traffic.find((candidate) => candidate.channel === entry.channel && candidate.workflow === entry.workflow)!;
      const base = parseRate(entry.rate)!;
      const shoulder = base * (1 + (entry.peakMultiplier! - 1) * entry.profile![0]);
      const [burst] = entry.bursts!;
      expect(parseDuration(burst.start)).toBe(5 * 60_000);
      expect(parseDuration(burst.duration)).toBe(15 * 60_000);
      expect(shoulder * burst.multiplier, `${entry.channel} into ${entry.workflow}`).toBeCloseTo(parseRate(declared.peak)!, 4);
      expect(shoulder).toBeCloseTo((parseRate(declared.expected)! + parseRate(declared.peak)!) / 2, 4);
    }
  });

  it('passes on the reference estate for several seeds', { timeout: 60_000 }, async () => {
    for (const seed of ['1', '2', '3']) {
      const run = await runCli(['simulate', REPOSITORY, '--seed', seed, '--no-shrink']);
      expect(run.stdout).toContain(`PASSED: every invariant held and every SLA was met (seed ${seed}).`);
      expect(run.exitCode).toBe(0);
    }
  });
});
