#!/usr/bin/env node
// Benchmarks `retailgov lint` side by side with Spectral and Redocly on the same files, in the same
// run, then `retailgov diff` beside openapi-diff on the corpus version pairs (scripts/bench/diff.mjs).
// Usage: npm run bench -- [--runs N] [--only CASE] [--skip-anchors] [--markdown]
// CASE is a lint case id, `diff` for every version pair, or one pair id such as diff-square-api.
// It can also be `generate` for generate adapters on the reference estate and Square
// (scripts/bench/generate.mjs), or `simulate` for one and ten million orders (scripts/bench/simulate.mjs).
// The anchors run with the network blocked and their telemetry turned off.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchDiff } from './bench/diff.mjs';
import { benchGenerate } from './bench/generate.mjs';
import { measure } from './bench/run.mjs';
import { runSimulateBenchmark } from './bench/simulate.mjs';
import { TOOLS } from './bench/tools.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = path.resolve(REPO, '../shared/corpus');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string', multiple: true },
    'skip-anchors': { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);

function corpusContracts() {
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows
    .map((row) => row.split('\t'))
    .filter(([, kind, , , , , , , , note]) => /^(openapi|asyncapi)/.test(kind) && !/not a standalone document/.test(note ?? ''))
    .map(([file]) => path.join(CORPUS, file));
}

const CASES = [
  {
    id: 'square',
    title: 'Square API, OpenAPI 3.0, 3.1 MB JSON',
    files: [path.join(CORPUS, 'square/api.v-new.json')],
    tools: ['retailgov', 'spectral', 'redocly'],
    target: { seconds: 2, mebibytes: 250 },
  },
  {
    id: 'small',
    title: 'Amazon external fulfillment returns, Swagger 2.0, 99 KB JSON',
    files: [path.join(CORPUS, 'amazon-sp-api/externalFulfillmentReturns_2024-09-11.json')],
    tools: ['retailgov', 'spectral', 'redocly'],
    target: { seconds: 0.25 },
  },
  {
    id: 'estate',
    title: 'Reference estate: declarations, 17 contracts, 12 canonical schemas',
    files: [REPO],
    tools: ['retailgov'],
  },
  {
    id: 'corpus',
    title: 'Every OpenAPI and AsyncAPI document of the corpus, both cores',
    files: () => corpusContracts(),
    root: CORPUS,
    tools: ['retailgov'],
  },
];

function formatRow(caseDefinition, toolName, result) {
  const findings = TOOLS[toolName].count(result.stdout);
  const target = toolName === 'retailgov' ? caseDefinition.target : undefined;
  const meets = target === undefined
    ? ''
    : result.seconds <= target.seconds && (target.mebibytes === undefined || result.mebibytes <= target.mebibytes)
      ? 'yes'
      : 'NO';
  return {
    case: caseDefinition.id,
    tool: TOOLS[toolName].label,
    seconds: result.seconds.toFixed(2),
    mebibytes: Number.isNaN(result.mebibytes) ? '?' : result.mebibytes.toFixed(0),
    exit: String(result.exitCode),
    findings: findings === undefined ? '?' : String(findings),
    target: target === undefined ? '' : `≤ ${target.seconds} s${target.mebibytes ? `, ≤ ${target.mebibytes} MiB` : ''}: ${meets}`,
  };
}

function printTable(rows) {
  const columns = ['case', 'tool', 'seconds', 'mebibytes', 'exit', 'findings', 'target'];
  if (options.markdown) {
    console.log(`| ${columns.join(' | ')} |`);
    console.log(`| ${columns.map(() => '---').join(' | ')} |`);
    for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(' | ')} |`);
    return;
  }
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => row[c].length)));
  console.log(columns.map((c, i) => c.padEnd(widths[i])).join('  '));
  for (const row of rows) console.log(columns.map((c, i) => row[c].padEnd(widths[i])).join('  '));
}

if (!existsSync(path.join(REPO, 'dist/bundle/main.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
if (!existsSync(CORPUS)) {
  console.error(`corpus folder ${CORPUS} not found`);
  process.exit(2);
}

console.error(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, median of ${runs} runs`);
const rows = [];
for (const caseDefinition of CASES) {
  if (options.only !== undefined && !options.only.includes(caseDefinition.id)) continue;
  const files = typeof caseDefinition.files === 'function' ? caseDefinition.files() : caseDefinition.files;
  for (const toolName of caseDefinition.tools) {
    if (toolName !== 'retailgov' && options['skip-anchors']) continue;
    console.error(`${caseDefinition.id}: ${TOOLS[toolName].label} ...`);
    const result = measure({ script: TOOLS[toolName].script, args: TOOLS[toolName].args(files, caseDefinition.root), runs, cwd: REPO, preload: TOOLS[toolName].preload });
    rows.push(formatRow(caseDefinition, toolName, result));
  }
}
if (rows.length > 0) {
  printTable(rows);
  console.log('');
}
benchDiff({ runs, only: options.only, skipAnchors: options['skip-anchors'], markdown: options.markdown });
if (options.only === undefined || options.only.includes('generate')) {
  console.log('');
  benchGenerate({ runs, markdown: options.markdown });
}
if (options.only === undefined || options.only.includes('simulate')) {
  console.log('');
  if (!runSimulateBenchmark({ markdown: options.markdown })) process.exitCode = 1;
}
