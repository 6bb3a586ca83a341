#!/usr/bin/env node
// Benchmarks `retailgov simulate`: order capture of the reference estate at its declared peak,
// with an ERP outage, error bursts, duplicates, reordering and lost acknowledgements, for one and
// ten million orders. It prints wall time, routed messages per second and peak memory of each.
// The targets: at least 200,000 routed messages a second, and a million orders within 10 s. Peak
// memory for ten million orders must stay within 1.5 times that for one million. Wall time is
// what the targets use; CPU time is shown beside it because other load on a shared machine
// inflates wall time.
//
// Usage: node scripts/bench/simulate.mjs [--runs N] [--orders 1000000,10000000] [--bundle FILE] [--markdown]
// (`npm run bench` builds dist/ first and runs this after the lint cases.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measure } from './run.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const DEFAULT_BUNDLE = path.join(REPO, 'dist/bundle/main.js');
/** Declared peak of the reference estate's order capture, in orders a second. */
const ORDER_PEAK_PER_SECOND = 26;

const TARGETS = { routedPerSecond: 200_000, millionSeconds: 10, memoryRatio: 1.5 };

function scenario(orders) {
  // Enough simulated time for every order at the peak rate, with a margin.
  const hours = Math.ceil((orders / ORDER_PEAK_PER_SECOND / 3600) * 1.1) + 1;
  return [
    'retailgovScenario: 1',
    `name: benchmark, ${orders} orders through order capture with faults`,
    `duration: ${hours}h`,
    `maxInstances: ${orders}`,
    'traffic:',
    ...['webshop', 'pos-stores', 'b2b-portal', 'marketplace-nile', 'marketplace-modena']
      .map((channel) => `  - { channel: ${channel}, workflow: order-capture }`),
    'faults:',
    '  - { kind: outage, system: erp, start: 10m, duration: 45s, error: timeout }',
    '  - { kind: error-burst, system: erp, start: 1h, duration: 10m, probability: 0.05, error: http-503 }',
    '  - { kind: error-burst, system: marketplace-nile, start: 2h, duration: 10m, probability: 0.2, error: http-429, retryAfter: 2s }',
    '  - { kind: duplicate-delivery, probability: 0.01 }',
    '  - { kind: reordering, probability: 0.02, maxDelay: 2s }',
    '  - { kind: lost-ack, system: erp, probability: 0.005 }',
    '',
  ].join('\n');
}

const CPU_MARK = 'bench-cpu-seconds ';

/**
 * Child mode: runs the CLI of `bundle` with the remaining arguments, then writes the CPU time the
 * process used to stderr, a figure that other load on the machine inflates less than wall time.
 */
async function runChild(bundle, args) {
  const { main } = await import(pathToFileURL(bundle).href);
  process.exitCode = await main(args, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
  const usage = process.cpuUsage();
  process.stderr.write(`${CPU_MARK}${((usage.user + usage.system) / 1e6).toFixed(2)}\n`);
}

/** Runs the benchmark and prints one row per order count; returns whether every target is met. */
export function runSimulateBenchmark({ runs = 1, orders = [1_000_000, 10_000_000], bundle = DEFAULT_BUNDLE, markdown = false } = {}) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'retailgov-bench-simulate-'));
  const rows = [];
  try {
    for (const count of orders) {
      const file = path.join(scratch, `scenario-${count}.yaml`);
      writeFileSync(file, scenario(count));
      console.error(`simulate: ${count} orders ...`);
      const result = measure({
        script: SELF,
        args: ['--child', bundle, 'simulate', REPO, '--scenario', file, '--format', 'json', '--no-shrink'],
        runs,
        cwd: REPO,
        preload: 'rss',
        timeoutSeconds: 1800,
      });
      let report;
      try {
        report = JSON.parse(result.stdout);
      } catch {
        throw new Error(`simulate printed no JSON report for ${count} orders (exit ${result.exitCode}): ${result.stderr.slice(0, 500)}`);
      }
      const cpu = Number(result.stderr.split(CPU_MARK)[1]?.trim() ?? Number.NaN);
      rows.push({ orders: count, routed: report.totals.routedMessages, seconds: result.seconds, cpu, mebibytes: result.mebibytes, exit: result.exitCode });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return printRows(rows, markdown);
}

function printRows(rows, markdown) {
  const million = rows.find((row) => row.orders === 1_000_000);
  const tenMillion = rows.find((row) => row.orders === 10_000_000);
  const table = rows.map((row) => {
    const perSecond = row.routed / row.seconds;
    const checks = [`≥ ${TARGETS.routedPerSecond / 1000}k/s: ${perSecond >= TARGETS.routedPerSecond ? 'yes' : 'NO'}`];
    if (row === million) checks.push(`≤ ${TARGETS.millionSeconds} s: ${row.seconds <= TARGETS.millionSeconds ? 'yes' : 'NO'}`);
    if (row === tenMillion && million !== undefined) {
      const ratio = row.mebibytes / million.mebibytes;
      checks.push(`memory ×${ratio.toFixed(2)} of 1M, ≤ ×${TARGETS.memoryRatio}: ${ratio <= TARGETS.memoryRatio ? 'yes' : 'NO'}`);
    }
    return {
      orders: String(row.orders),
      routed: String(row.routed),
      seconds: row.seconds.toFixed(2),
      'cpu seconds': Number.isNaN(row.cpu) ? '?' : row.cpu.toFixed(2),
      'routed/s': String(Math.round(perSecond)),
      mebibytes: Number.isNaN(row.mebibytes) ? '?' : row.mebibytes.toFixed(0),
      exit: String(row.exit),
      target: checks.join('; '),
    };
  });
  const columns = ['orders', 'routed', 'seconds', 'cpu seconds', 'routed/s', 'mebibytes', 'exit', 'target'];
  if (markdown) {
    console.log(`| ${columns.join(' | ')} |`);
    console.log(`| ${columns.map(() => '---').join(' | ')} |`);
    for (const row of table) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
  } else {
    const widths = columns.map((column) => Math.max(column.length, ...table.map((row) => row[column].length)));
    console.log(columns.map((column, index) => column.padEnd(widths[index])).join('  '));
    for (const row of table) console.log(columns.map((column, index) => row[column].padEnd(widths[index])).join('  '));
  }
  return table.every((row) => !row.target.includes('NO'));
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === SELF;
if (isMain && process.argv[2] === '--child') {
  await runChild(process.argv[3], process.argv.slice(4));
} else if (isMain) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      orders: { type: 'string', default: '1000000,10000000' },
      bundle: { type: 'string', default: DEFAULT_BUNDLE },
      markdown: { type: 'boolean', default: false },
    },
  });
  console.error(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
  const met = runSimulateBenchmark({
    runs: Number(values.runs),
    orders: values.orders.split(',').map(Number),
    bundle: path.resolve(values.bundle),
    markdown: values.markdown,
  });
  process.exitCode = met ? 0 : 1;
}
