#!/usr/bin/env node
// Lints every OpenAPI and AsyncAPI document of the corpus with retailgov, Spectral and Redocly,
// one file at a time, and prints the number of findings each reports as a Markdown table.
// Usage: node scripts/compare-findings.mjs [--tools retailgov,spectral,redocly] [--timeout 180]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure } from './bench/run.mjs';
import { TOOLS } from './bench/tools.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = path.resolve(REPO, '../shared/corpus');

const { values: options } = parseArgs({
  options: {
    tools: { type: 'string', default: 'retailgov,spectral,redocly' },
    timeout: { type: 'string', default: '180' },
  },
});
const toolNames = options.tools.split(',');

const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((row) => row.split('\t'))
  .filter(([, kind, , , , , , , , note]) => /^(openapi|asyncapi)/.test(kind) && !/not a standalone document/.test(note ?? ''));

console.log(`| file | kind | ${toolNames.map((name) => name).join(' | ')} |`);
console.log(`| --- | --- | ${toolNames.map(() => '---:').join(' | ')} |`);
const totals = Object.fromEntries(toolNames.map((name) => [name, 0]));
for (const [file, kind] of rows) {
  const cells = toolNames.map((name) => {
    const tool = TOOLS[name];
    const result = measure({
      script: tool.script,
      args: tool.args([path.join(CORPUS, file)], CORPUS),
      runs: 1,
      cwd: CORPUS,
      timeoutSeconds: Number(options.timeout),
      preload: tool.preload,
    });
    const count = tool.count(result.stdout);
    if (count === undefined) return result.exitCode === 'timeout' ? 'timeout' : `exit ${result.exitCode}`;
    totals[name] += count;
    return String(count);
  });
  console.log(`| ${file} | ${kind} | ${cells.join(' | ')} |`);
}
console.log(`| **total** | | ${toolNames.map((name) => `**${totals[name]}**`).join(' | ')} |`);
