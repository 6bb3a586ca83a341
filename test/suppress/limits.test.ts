import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { checkLimits, describeLimit } from '../../src/suppress/limits.js';
import { parseSource } from '../../src/workspace/source.js';

function findings(ruleId: string, count: number): Finding[] {
  return Array.from({ length: count }, (_, index) => ({
    ruleId,
    messageId: 'x',
    message: `finding ${index}`,
    severity: 'warn',
    location: { file: 'ownership.yaml', pointer: `/systems/${index}` },
  }));
}

describe('checkLimits', () => {
  it('reports rules above their maximum', () => {
    const all = [...findings('team-exists', 14), ...findings('system-exists', 3)];
    const breaches = checkLimits(all, { 'team-exists': 10, 'system-exists': 3, 'unique-ids': 0 });
    expect(breaches).toEqual([{ ruleId: 'team-exists', count: 14, max: 10, location: undefined }]);
    expect(describeLimit(breaches[0])).toBe('rule team-exists: 14 findings, above its maximum of 10');
  });

  it('zero maximum with one finding', () => {
    const [breach] = checkLimits(findings('unique-ids', 1), { 'unique-ids': 0 });
    expect(describeLimit(breach)).toBe('rule unique-ids: 1 finding, above its maximum of 0');
  });

  it('places a breach on its configuration entry', () => {
    const config = parseSource('maxFindings:\n  team-exists: 1\n', '/workspace/.retailgov.yaml', '.retailgov.yaml');
    const [breach] = checkLimits(findings('team-exists', 2), { 'team-exists': 1 }, config);
    expect(breach.location).toEqual({ file: '.retailgov.yaml', pointer: '/maxFindings/team-exists', line: 2, column: 3 });
  });
});
