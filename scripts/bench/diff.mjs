// Benchmarks `retailgov diff` side by side with openapi-diff on the OpenAPI version pairs of the
// corpus, Square first. scripts/bench.mjs runs it after the lint cases. To run it alone:
//   node scripts/bench/diff.mjs [--runs N] [--only diff-square-api] [--skip-anchors] [--markdown] [--anchor-timeout S]
// openapi-diff runs with the network blocked by measure.mjs. retailgov only records its memory.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure } from './run.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(REPO, '../shared/corpus');
const require = createRequire(import.meta.url);

/** The Square pair must diff within this time and peak memory, for the whole command. */
export const SQUARE_TARGET = { seconds: 2, mebibytes: 300 };

function openapiDiffBin() {
  const manifestPath = require.resolve('openapi-diff/package.json');
  const manifest = require(manifestPath);
  return path.join(path.dirname(manifestPath), manifest.bin['openapi-diff']);
}

/**
 * Lists the OpenAPI version pairs of the corpus manifest as { id, base, revision }: each
 * `*.v-old.*` file with its `pair_with` partner. Square comes first, the rest by file name.
 */
export function diffPairs(corpus = CORPUS) {
  const rows = readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t'));
  const pairs = rows
    .filter(([file, kind, , , , , , , pairWith]) => kind.startsWith('openapi') && pairWith && /\.v-old\./.test(file))
    .map(([file, , , , , , , , pairWith]) => ({
      id: `diff-${file.replace(/\.v-old\..*$/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
      base: path.join(corpus, file),
      revision: path.join(corpus, pairWith),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const square = pairs.findIndex((pair) => pair.id === 'diff-square-api');
  if (square > 0) pairs.unshift(...pairs.splice(square, 1));
  return pairs;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Number of breaking changes in a `retailgov diff --format json` report, or the first stderr line. */
function retailgovOutcome(result) {
  const report = parseJson(result.stdout);
  if (report?.summary !== undefined) return String(report.summary.breaking);
  return `failed: ${firstLine(result.stderr)}`;
}

function shorten(line, length = 110) {
  return line.length > length ? `${line.slice(0, length - 3)}...` : line;
}

function firstLine(text) {
  return shorten((text ?? '').trim().split('\n')[0] ?? '');
}

/**
 * Number of breaking differences openapi-diff reports, or why it produced none. It prints a
 * sentence, then the outcome as JSON; on invalid input it prints the error to stderr.
 */
function openapiDiffOutcome(result) {
  if (result.exitCode === 'timeout') return 'no result: timed out';
  if (/^No changes found/.test(result.stdout)) return '0';
  const report = parseJson(result.stdout.slice(result.stdout.indexOf('{')));
  if (Array.isArray(report?.breakingDifferences)) return String(report.breakingDifferences.length);
  // On large reports openapi-diff exits before its output is flushed, so the JSON ends midway.
  if (/^Breaking changes found/.test(result.stdout)) {
    const seen = result.stdout.match(/"type": "breaking"/g)?.length ?? 0;
    return `at least ${seen} (its report stops after ${result.stdout.length} bytes)`;
  }
  // `OpenApiDiffErrorImpl [VError]: Validation errors in "FILE": REASON` on its first line; a
  // remote $ref it tried to download names the URL there and the blocked call on the next line.
  const [first = '', second = ''] = (result.stderr ?? '').trim().split('\n');
  const reason = first.replace(/^.*?Validation errors in "[^"]*": /, '').trim();
  const blocked = /network access blocked/.test(second) ? ' (network blocked)' : '';
  if (reason !== '') return `refused: ${shorten(reason + blocked)}`;
  return `failed: exit ${result.exitCode}, ${result.stdout.length} bytes of output that are not a report: ${firstLine(result.stdout)}`;
}

/**
 * Runs a command up to `runs` times like measure(), stopping after the first timeout so that a
 * tool that hangs on a pair costs one timeout, not `runs` of them.
 */
function measureRuns({ runs, timeoutSeconds, ...command }) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const sample = measure({ ...command, runs: 1, timeoutSeconds });
    samples.push(sample);
    if (sample.exitCode === 'timeout') break;
  }
  const seconds = samples.map((sample) => sample.seconds).sort((a, b) => a - b);
  const middle = seconds.length >> 1;
  return {
    ...samples.at(-1),
    seconds: seconds.length % 2 === 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2,
    mebibytes: Math.max(...samples.map((sample) => sample.mebibytes)),
  };
}

function formatMemory(result) {
  return Number.isNaN(result.mebibytes) ? '?' : result.mebibytes.toFixed(0);
}

function printTable(rows, markdown) {
  const columns = ['pair', 'retailgov s', 'retailgov MiB', 'retailgov breaking', 'openapi-diff s', 'openapi-diff MiB', 'openapi-diff breaking', 'target'];
  if (markdown) {
    console.log(`| ${columns.join(' | ')} |`);
    console.log(`| ${columns.map(() => '---').join(' | ')} |`);
    for (const row of rows) console.log(`| ${columns.map((column) => row[column].replace(/\|/g, '\\|')).join(' | ')} |`);
    return;
  }
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  console.log(columns.map((column, i) => column.padEnd(widths[i])).join('  '));
  for (const row of rows) console.log(columns.map((column, i) => row[column].padEnd(widths[i])).join('  '));
}

/**
 * Diffs every pair with retailgov and, unless `skipAnchors`, with openapi-diff, and prints one
 * row per pair. `only` (a list of pair ids, or `diff` for all) narrows the pairs.
 */
export function benchDiff({ runs = 3, only, skipAnchors = false, markdown = false, anchorTimeoutSeconds = 120 } = {}) {
  const pairs = diffPairs().filter((pair) => only === undefined || only.includes('diff') || only.includes(pair.id));
  if (pairs.length === 0) return;
  const anchor = skipAnchors ? undefined : openapiDiffBin();
  const rows = [];
  for (const pair of pairs) {
    const label = path.relative(CORPUS, pair.base).replace(/\.v-old\..*$/, '');
    console.error(`${pair.id}: retailgov diff ...`);
    const ours = measureRuns({
      script: path.join(REPO, 'bin/retailgov.js'),
      args: ['diff', pair.base, pair.revision, '--format', 'json'],
      runs,
      cwd: REPO,
      preload: 'rss',
      timeoutSeconds: 600,
    });
    const row = {
      pair: label,
      'retailgov s': ours.seconds.toFixed(2),
      'retailgov MiB': formatMemory(ours),
      'retailgov breaking': retailgovOutcome(ours),
      'openapi-diff s': '',
      'openapi-diff MiB': '',
      'openapi-diff breaking': skipAnchors ? 'not run' : '',
      target: '',
    };
    if (pair.id === 'diff-square-api') {
      const meets = ours.seconds <= SQUARE_TARGET.seconds && ours.mebibytes <= SQUARE_TARGET.mebibytes;
      row.target = `≤ ${SQUARE_TARGET.seconds} s, ≤ ${SQUARE_TARGET.mebibytes} MiB: ${meets ? 'yes' : 'NO'}`;
    }
    if (anchor !== undefined) {
      console.error(`${pair.id}: openapi-diff ...`);
      const theirs = measureRuns({ script: anchor, args: [pair.base, pair.revision], runs, cwd: REPO, preload: 'offline', timeoutSeconds: anchorTimeoutSeconds });
      row['openapi-diff s'] = theirs.exitCode === 'timeout' ? `> ${anchorTimeoutSeconds}` : theirs.seconds.toFixed(2);
      row['openapi-diff MiB'] = formatMemory(theirs);
      row['openapi-diff breaking'] = openapiDiffOutcome(theirs);
    }
    rows.push(row);
  }
  printTable(rows, markdown);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      only: { type: 'string', multiple: true },
      'skip-anchors': { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      'anchor-timeout': { type: 'string', default: '120' },
    },
  });
  benchDiff({
    runs: Number(values.runs),
    only: values.only,
    skipAnchors: values['skip-anchors'],
    markdown: values.markdown,
    anchorTimeoutSeconds: Number(values['anchor-timeout']),
  });
}
