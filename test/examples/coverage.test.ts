import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintWorkspaceFolder } from '../../src/lint/lint.js';
import { RULES } from '../../src/rules/registry.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('example estates', () => {
  it('fire every governance rule', async () => {
    const fired = new Set<string>();
    for (const entry of readdirSync(EXAMPLES, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const result = await lintWorkspaceFolder(`${EXAMPLES}${entry.name}`);
      for (const finding of result.findings) fired.add(finding.ruleId);
    }
    const governance = RULES.filter((rule) => rule.scope !== 'contract').map((rule) => rule.id);
    expect(governance.filter((id) => !fired.has(id))).toEqual([]);
  });
});
