import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, scratchFolder } from './helpers.js';

const CASES = [
  // A repeated delivery and a retry after a lost response both repeat a posting.
  { example: 'order-posting-without-idempotency-key', invariant: 'no-duplicate-erp-posting', faults: ['lost-ack', 'duplicate-delivery'] },
  { example: 'erp-retries-without-backoff', invariant: 'erp-rate-limit-respected', faults: ['outage'] },
  // Service times alone reorder messages that nothing keeps in order, so no fault is needed.
  { example: 'stock-events-without-ordering-key', invariant: 'per-key-order', faults: [] },
];

describe('broken example estates under the default scenario', () => {
  for (const { example, invariant, faults } of CASES) {
    it(`${example} fails ${invariant} and shrinks`, { timeout: 180_000 }, async () => {
      const scratch = scratchFolder();
      const shrunkFile = path.join(scratch, 'shrunk.yaml');
      const reportFile = path.join(scratch, 'report.json');
      const run = await runCli(['simulate', path.join(EXAMPLES, example), '--seed', '7', '--shrink-out', shrunkFile]);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`✗ ${invariant} +[\\d,]+ violations?`));
      expect(run.stdout).toContain('(seed 7)');
      expect(run.stdout).toContain(`Minimal failing scenario for ${invariant}`);

      const shrunk = parse(readFileSync(shrunkFile, 'utf8')) as { seed: number; maxInstances: number; faults: Array<{ kind: string }>; duration: string };
      expect(shrunk.seed).toBe(7);
      expect(shrunk.maxInstances).toBeLessThan(1000);
      const kinds = (shrunk.faults ?? []).map((entry) => entry.kind);
      if (faults.length > 0) expect(kinds.some((kind) => faults.includes(kind)), kinds.join(', ')).toBe(true);
      expect(run.stdout).toContain(`maxInstances: ${shrunk.maxInstances}`);

      // The shrunk scenario replays to the same failure.
      const replay = await runCli(['simulate', path.join(EXAMPLES, example), '--replay', shrunkFile, '--format', 'json', '--output', reportFile, '--no-shrink']);
      expect(replay.exitCode).toBe(1);
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { seed: number; invariants: Array<{ id: string; passed: boolean }> };
      expect(report.seed).toBe(7);
      expect(report.invariants.find((entry) => entry.id === invariant)?.passed).toBe(false);
    });
  }
});
