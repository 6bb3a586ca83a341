import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContractFile, lintWorkspaceFolder } from '../src/lint/lint.js';
import { RULES } from '../src/rules/registry.js';
import type { Rule } from '../src/rules/types.js';
import { writeWorkspace } from './helpers/estate.js';

const DOCS_DIR = new URL('../docs/rules/', import.meta.url);

interface Example {
  files: Record<string, string>;
}

/** Returns the text between a `## heading` and the next `## ` heading. */
function section(markdown: string, heading: string): string | undefined {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.indexOf('\n## ');
  return end < 0 ? rest : rest.slice(0, end);
}

/** Collects the fenced blocks of a section that name their file with `file=`. */
function exampleFiles(text: string): Example {
  const files: Record<string, string> = {};
  for (const match of text.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)```/g)) files[match[1]] = match[2];
  return { files };
}

async function findingsOf(rule: Rule, example: Example): Promise<string[]> {
  const root = writeWorkspace(example.files);
  // Rules that are off by default still run on their own examples.
  const severities = { [rule.id]: rule.meta.defaultSeverity };
  if (rule.scope === 'contract') {
    const [file] = Object.keys(example.files);
    const result = await lintContractFile(path.join(root, file), { rules: [rule], root, severities });
    return result.findings.map((finding) => finding.ruleId);
  }
  const result = await lintWorkspaceFolder(root, { rules: [rule], severities });
  return result.findings.map((finding) => finding.ruleId);
}

describe('rule docs', () => {
  it('exist for every rule and no other', () => {
    const pages = readdirSync(DOCS_DIR).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(pages.map((name) => name.replace(/\.md$/, '')).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const file = new URL(`${rule.id}.md`, DOCS_DIR);
      const markdown = existsSync(file) ? readFileSync(file, 'utf8') : '';

      it('has every section', () => {
        expect(markdown.startsWith(`# ${rule.id}\n`)).toBe(true);
        for (const heading of ['Why it matters', 'Failing example', 'Passing example', 'When not to use it']) {
          expect(section(markdown, heading), heading).toBeDefined();
        }
      });

      it('failing example fires the rule', async () => {
        const example = exampleFiles(section(markdown, 'Failing example') ?? '');
        expect(Object.keys(example.files).length).toBeGreaterThan(0);
        expect(await findingsOf(rule, example)).toContain(rule.id);
      });

      it('passing example is clean', async () => {
        const example = exampleFiles(section(markdown, 'Passing example') ?? '');
        expect(Object.keys(example.files).length).toBeGreaterThan(0);
        expect(await findingsOf(rule, example)).toEqual([]);
      });

      it('has a message for every report', () => {
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        expect(rule.meta.why.length).toBeGreaterThan(10);
      });
    });
  }
});
