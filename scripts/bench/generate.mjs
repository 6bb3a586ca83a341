// Benchmarks `retailgov generate adapters` on the reference estate and on the 3.1 MB Square contract,
// and times the TypeScript compiler on the output. scripts/bench.mjs runs it after the diff pairs.
// To run it alone: node scripts/bench/generate.mjs [--runs N] [--markdown]
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure } from './run.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(REPO, '../shared/corpus');
const require = createRequire(import.meta.url);

/** Targets for the generate step alone: the compile is reported beside them. */
export const GENERATE_TARGETS = { estate: 1, square: 5 };

const TSC_OPTIONS = ['--strict', '--noEmit', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--lib', 'ES2022,DOM'];

/** Writes a one-system estate around a copy of the Square contract in a scratch folder. */
function squareEstate(scratch) {
  const folder = path.join(scratch, 'square-estate');
  mkdirSync(path.join(folder, 'contracts'), { recursive: true });
  cpSync(path.join(CORPUS, 'square/api.v-new.json'), path.join(folder, 'contracts/square.json'));
  writeFileSync(path.join(folder, 'ownership.yaml'), [
    'retailgov: 1',
    'teams:',
    '  - id: payments',
    'systems:',
    '  - id: square',
    '    kind: pos',
    '    layer: system',
    '    owner: payments',
    '    contracts:',
    '      - id: square-api',
    '        path: contracts/square.json',
    '',
  ].join('\n'));
  return folder;
}

/** Generates adapters for each case, then compiles them once, and prints one row per case. */
export function benchGenerate({ runs = 3, markdown = false } = {}) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'retailgov-bench-generate-'));
  const tsc = require.resolve('typescript/bin/tsc');
  try {
    const cases = [
      { id: 'estate', title: 'Reference estate, every system', estate: REPO, target: GENERATE_TARGETS.estate },
      { id: 'square', title: 'Square API, OpenAPI 3.0, 3.1 MB JSON', estate: squareEstate(scratch), target: GENERATE_TARGETS.square },
    ];
    const rows = [];
    for (const entry of cases) {
      const out = path.join(scratch, `${entry.id}-out`);
      console.error(`generate-${entry.id}: retailgov generate adapters ...`);
      const generated = measure({
        script: path.join(REPO, 'bin/retailgov.js'),
        args: ['generate', 'adapters', entry.estate, '--out', out, '--force'],
        runs,
        cwd: REPO,
        preload: 'rss',
      });
      console.error(`generate-${entry.id}: tsc --strict ...`);
      const compiled = measure({ script: tsc, args: [...TSC_OPTIONS, path.join(out, 'index.ts')], runs: 1, cwd: out, preload: 'rss' });
      rows.push({
        case: entry.title,
        'generate s': generated.seconds.toFixed(2),
        'generate MiB': generated.mebibytes.toFixed(0),
        'tsc --strict s': compiled.seconds.toFixed(2),
        'tsc errors': compiled.exitCode === 0 ? '0' : `exit ${compiled.exitCode}: ${(compiled.stdout ?? '').split('\n')[0]}`,
        target: `generate ≤ ${entry.target} s: ${generated.exitCode === 0 && generated.seconds <= entry.target ? 'yes' : 'NO'}`,
      });
    }
    printTable(rows, markdown);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function printTable(rows, markdown) {
  const columns = Object.keys(rows[0]);
  if (markdown) {
    console.log(`| ${columns.join(' | ')} |`);
    console.log(`| ${columns.map(() => '---').join(' | ')} |`);
    for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
    return;
  }
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  console.log(columns.map((column, i) => column.padEnd(widths[i])).join('  '));
  for (const row of rows) console.log(columns.map((column, i) => row[column].padEnd(widths[i])).join('  '));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, markdown: { type: 'boolean', default: false } } });
  benchGenerate({ runs: Number(values.runs), markdown: values.markdown });
}
