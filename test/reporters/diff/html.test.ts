import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DIFF_REPORTERS } from '../../../src/reporters/diff/index.js';
import { BADGE_COLOURS } from '../../../src/reporters/diff/html-style.js';
import { runCli } from '../../helpers/cli.js';
import { RUN_DAY, writeEstatePair } from './estate-pair.js';
import { countColour, decodePng, distinctColours, longestRun } from './png.js';
import { sarifValidator } from './sarif-schema.js';
import { BASE_ONLY, EMPTY, EXPIRED, HOSTILE, SAMPLE, WAIVED } from './sample.js';

const { html } = DIFF_REPORTERS;
const CHROMIUM = '/usr/bin/chromium';
const WIDTH = 1280;
const HEIGHT = 2000;
// CI installs Chromium, so a missing browser there is a failure, never a skip.
const canScreenshot = existsSync(CHROMIUM) || process.env.CI !== undefined;

describe('html diff report', () => {
  it('escapes every string from contracts', () => {
    const page = html(SAMPLE);
    expect(page).not.toContain('<script');
    expect(page).toContain('enum value &#39;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 50% | off&#39; was added');
  });

  it('loads nothing from outside the file', () => {
    const page = html(SAMPLE);
    expect(page).not.toMatch(/https?:|url\(|<link|<img|<iframe|\ssrc=|@import/i);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('<style>');
  });

  it('groups by system, then contract', () => {
    const page = html(SAMPLE);
    const headings = [...page.matchAll(/<h[23]>(.*?)<\/h[23]>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''));
    expect(headings).toEqual([
      'Canonical model compatibility',
      'System oms',
      'Contract orders-api (2 changes)',
      'System payments',
      'Contract refunds-api (2 changes)',
      'No declared system',
      'Contract stock-api (1 change)',
    ]);
  });

  it('shows each change with badge, why line and locations', () => {
    const page = html(SAMPLE);
    for (const change of SAMPLE.changes) {
      expect(page).toContain(`<span class="badge ${change.level}">${change.level}</span> <code>${change.id}</code>`);
    }
    expect(page).toContain(`<p class="why">${WAIVED.why}</p>`);
    expect(page).toContain('<dt>revision</dt><dd><code>contracts/orders.yaml:83:11</code> <code>/components/schemas/OrderRequest/properties/channel/enum</code></dd>');
    expect(page).toContain('<dt>base</dt><dd><code>contracts/stock.yaml:30:5</code>');
    const baseOnly = page.slice(page.indexOf(`<code>${BASE_ONLY.id}</code>`));
    expect(baseOnly.slice(0, baseOnly.indexOf('</article>'))).not.toContain('<dt>revision</dt>');
    expect(page).toContain(`<dd><code>contracts/refunds:v2,api.yaml:41:13</code>`);
    expect(page).toContain(HOSTILE.base!.pointer);
  });

  it('shows waivers and freeze windows', () => {
    const page = html(SAMPLE);
    expect(page).toContain('<span class="flag waived">waived</span>');
    expect(page).toContain('<span class="flag expired">waiver expired</span> <span class="flag freeze">freeze christmas-2026</span>');
    expect(page).toContain('<strong>Waiver</strong> approved by architecture-board, valid until 2027-01-31: Modena contract ended');
    expect(page).toContain(`<strong>Waiver</strong> approved by ${EXPIRED.waiver!.approver}, expired on 2026-12-01: Read it from the events`);
    expect(page).toContain('<dt>freeze</dt><dd>christmas-2026, 2026-12-14 to 2027-01-04</dd>');
  });

  it('summarises counts and model compatibility', () => {
    const page = html(SAMPLE);
    expect(page).toContain('<li class="breaking"><strong>3</strong>breaking</li>');
    expect(page).toContain('<li class="expired"><strong>1</strong>expired waiver</li>');
    expect(page).toContain('<li class="freeze"><strong>1</strong>in a freeze window</li>');
    expect(page).toContain('<p class="verdict fails">2 changes block the release');
    expect(page).toContain('<tr><td><code>order-v1</code></td><td class="no">no</td><td class="yes">yes</td><td class="no">no</td></tr>');
  });

  it('reports an empty comparison', () => {
    const page = html(EMPTY);
    expect(page).toContain('<p class="empty">No changes.</p>');
    expect(page).toContain('<p class="verdict passes">');
  });
});

describe('diff reports of a changed estate', () => {
  const pair = writeEstatePair();
  const scratch = mkdtempSync(path.join(tmpdir(), 'retailgov-chromium-'));
  afterAll(() => {
    rmSync(pair.root, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  async function report(format: string): Promise<string> {
    const run = await runCli(['diff', pair.base, pair.revision, '--format', format, '--date', RUN_DAY], pair.root);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    return run.stdout;
  }

  it('json lists the waived, expired and frozen changes', async () => {
    const { changes, summary } = JSON.parse(await report('json'));
    expect(summary).toMatchObject({ waived: 1, expiredWaivers: 1 });
    expect(summary.inFreeze).toBeGreaterThan(0);
    expect(summary.compatibility['order-v1']).toEqual({ backward: false, forward: true, full: false });
    const ids = changes.map((change: { id: string }) => change.id);
    expect(ids).toContain('request-body-enum-value-removed');
    expect(ids).toContain('response-body-enum-value-added');
  });

  it('sarif validates against the 2.1.0 schema', async () => {
    const validate = sarifValidator();
    const log = JSON.parse(await report('sarif'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(3);
  });

  it.skipIf(!canScreenshot)('html renders in headless Chromium', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package`).toBe(true);
    const page = await report('html');
    expect(page).toContain('&lt;b&gt;on-hold&lt;/b&gt; &amp; &quot;review&quot;');
    const file = path.join(scratch, 'report.html');
    const screenshot = path.join(scratch, 'report.png');
    writeFileSync(file, page);
    // Only the local file is loaded; the flags keep Chromium from calling its own services and
    // the resolver rule makes any host name unresolvable.
    const browser = spawnSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND',
        '--force-color-profile=srgb',
        '--hide-scrollbars',
        `--user-data-dir=${path.join(scratch, 'profile')}`,
        `--screenshot=${screenshot}`,
        `--window-size=${WIDTH},${HEIGHT}`,
        pathToFileURL(file).href,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(browser.error).toBeUndefined();
    expect(existsSync(screenshot), browser.stderr).toBe(true);
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);

    const png = decodePng(readFileSync(screenshot));
    expect(png.width).toBe(WIDTH);
    expect(png.height).toBe(HEIGHT);
    expect(distinctColours(png)).toBeGreaterThan(100);
    const white = countColour(png, '#ffffff', 0);
    expect(white / (WIDTH * HEIGHT)).toBeLessThan(0.97);
    // Each badge is a filled pill wider than 40 pixels; the coloured borders are 6 pixels wide.
    for (const level of ['breaking', 'warning', 'info'] as const) {
      expect(longestRun(png, BADGE_COLOURS[level]), `${level} badge colour ${BADGE_COLOURS[level]}`).toBeGreaterThan(40);
    }
  }, 150_000);
});
