import path from 'node:path';
import type { Finding } from '../../src/findings.js';
import { lintContractFile } from '../../src/lint/lint.js';
import { findRule } from '../../src/rules/registry.js';
import { writeWorkspace } from './estate.js';

/**
 * Writes `files` into a temporary workspace and lints `entry` (default: the first file) with the
 * named contract rules only, each at its default severity even when it is off by default.
 */
export async function lintContract(files: Record<string, string>, ruleIds: string[], entry?: string): Promise<Finding[]> {
  const rules = ruleIds.map((id) => {
    const rule = findRule(id);
    if (rule === undefined) throw new Error(`no rule with id ${id}`);
    return rule;
  });
  const root = writeWorkspace(files);
  const severities = Object.fromEntries(rules.map((rule) => [rule.id, rule.meta.defaultSeverity]));
  const file = entry ?? Object.keys(files)[0];
  const result = await lintContractFile(path.join(root, file), { rules, root, severities });
  return result.findings;
}
