// Runs one command repeatedly and returns its median wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PRELOADS = {
  rss: fileURLToPath(new URL('./record-rss.mjs', import.meta.url)),
  offline: fileURLToPath(new URL('./measure.mjs', import.meta.url)),
};

/** Environment that keeps the anchors offline and quiet: no telemetry, no update checks. */
export const QUIET_ENV = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_COLOR: '1',
  CI: 'true',
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs `node script ...args` `runs` times and returns { seconds, mebibytes, exitCode, stdout }.
 * Every Node.js process the command starts inherits the preload through NODE_OPTIONS, so the peak
 * memory is that of the process that exits last, normally the main one.
 */
export function measure({ script, args, runs, cwd, timeoutSeconds = 600, preload = 'offline' }) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'retailgov-bench-'));
  const rssFile = path.join(scratch, 'rss');
  const seconds = [];
  const kilobytes = [];
  let last;
  try {
    for (let run = 0; run < runs; run++) {
      const started = process.hrtime.bigint();
      last = spawnSync(process.execPath, [script, ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        timeout: timeoutSeconds * 1000,
        env: {
          ...process.env,
          ...QUIET_ENV,
          NODE_OPTIONS: `--import=${PRELOADS[preload]}`,
          RETAILGOV_BENCH_RSS_FILE: rssFile,
        },
      });
      seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      try {
        kilobytes.push(Number(readFileSync(rssFile, 'utf8')));
      } catch {
        kilobytes.push(Number.NaN);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    seconds: median(seconds),
    mebibytes: Math.max(...kilobytes) / 1024,
    exitCode: last.status ?? (last.signal === 'SIGTERM' ? 'timeout' : last.signal),
    stdout: last.stdout,
    stderr: last.stderr,
  };
}
