import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/findings.js';
import { lintWorkspaceFolder } from '../../src/lint/lint.js';
import { findRule } from '../../src/rules/registry.js';
import type { Rule } from '../../src/rules/types.js';

/** Writes `files` (workspace-relative path to text) into a new temporary folder and returns it. */
export function writeWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'retailgov-test-'));
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}

/** Loads the workspace in `dir` with the real loader and runs only the named rules. */
export async function lintWorkspace(dir: string, ruleIds: string[]): Promise<Finding[]> {
  const rules = ruleIds.map((id) => {
    const rule = findRule(id);
    if (rule === undefined) throw new Error(`no rule with id ${id}`);
    return rule;
  });
  const severities = Object.fromEntries(rules.map((rule) => [rule.id, rule.meta.defaultSeverity]));
  const result = await lintWorkspaceFolder(dir, { rules: rules as Rule[], severities });
  return result.findings;
}
