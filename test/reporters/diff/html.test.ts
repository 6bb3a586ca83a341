import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIFF_REPORTERS } from '../../../src/reporters/diff/index.js';
import { BADGE_COLOURS } from '../../../src/reporters/diff/html-style.js';
import { runCli } from '../../helpers/cli.js';
import { RUN_DAY, writeEstatePair } from './estate-pair.js';
import { countColour, decodePng, distinctColours, longestRun } from './png.js';
import { sarifValidator } from './sarif-schema.js';
import { BASE_ONLY, EMPTY, ESTATE, EXPIRED, FILE_PAIR, HOSTILE, MODEL_CHANGE, SAMPLE, SLA_LOOSENED, WAIVED, WIDELY_USED } from './sample.js';
import { CHROMIUM, canScreenshot, screenshot } from '../../helpers/chromium.js';

const { html } = DIFF_REPORTERS;
const WIDTH = 1280;
const HEIGHT = 2000;

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
      'System oms',
      'Contract orders-api (2 changes)',
      'System payments',
      'Contract refunds-api (2 changes)',
      'No declared system',
      'Contract stock-api (1 change)',
      'Canonical model compatibility',
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

  it('shows the direction of each change', () => {
    const page = html(SAMPLE);
    expect(page).toContain('<dt>direction</dt><dd><code>request</code>: clients that send the request</dd>');
    expect(page).toContain('<dt>direction</dt><dd><code>response</code>: clients that read the response</dd>');
  });

  it('reports an empty comparison', () => {
    const page = html(EMPTY);
    expect(page).toContain('<p class="empty">No changes.</p>');
    expect(page).toContain('<p class="verdict passes">');
  });
});

describe('html report for the governance board', () => {
  /** Returns the text of the section whose heading is `title`, up to the next section at that level. */
  function section(page: string, title: string): string {
    const start = page.indexOf(`<h2>${title}</h2>`);
    expect(start, `section ${title}`).toBeGreaterThan(0);
    const end = page.indexOf('<h2>', start + 1);
    return page.slice(start, end < 0 ? undefined : end);
  }

  it('dates the run in the header', () => {
    expect(html(ESTATE)).toContain('compared with revision <code>release-2026.12</code>. Run dated <time datetime="2026-12-20">2026-12-20</time>.</p>');
    expect(html(SAMPLE)).not.toContain('Run dated');
  });

  it('titles an estate comparison', () => {
    expect(html(ESTATE)).toContain('<h1>Estate changes</h1>');
    expect(html(ESTATE)).toContain('<title>Estate changes: release-2026.11 → release-2026.12</title>');
  });

  it('shows the freeze reason next to its flag', () => {
    expect(html(ESTATE)).toContain('<span class="flag freeze">freeze christmas-2026</span> <span class="freeze-reason">Christmas &amp; January sale trading</span>');
    expect(html(ESTATE)).toContain('<dt>freeze</dt><dd>christmas-2026, 2026-12-14 to 2027-01-04: Christmas &amp; January sale trading</dd>');
  });

  it('names contract title, version and owner', () => {
    const page = html(ESTATE);
    expect(page).toContain('<h2>System <code>oms</code> Order management</h2>\n<p class="meta">Owned by Commerce Platform (<code>commerce-platform</code>)</p>');
    expect(page).toContain('<h3>Contract <code>order-process-api</code> Order Process API (1 change)</h3>');
    expect(page).toContain('<p class="meta">version 2.3.0 → 2.4.0, file <code>estate/contracts/orders.yaml</code></p>');
  });

  it('names two contract files by title', () => {
    const page = html(FILE_PAIR);
    expect(page).toContain('<h1>Contract changes</h1>');
    expect(page).toContain('<h2>Contract Orders (1 change)</h2>');
    expect(page).toContain('<p class="meta">version 1.0.0 → 2.0.0, file <code>v1/orders.yaml</code> in the base, <code>v2/orders.yaml</code> in the revision</p>');
    expect(page).not.toContain('No declared system');
  });

  it('names the approvers while breaking changes remain', () => {
    const approvers = '<p class="approvers">Breaking changes without a valid waiver need the approval of <code>architecture-board</code> and <code>finance-systems</code>';
    expect(html(ESTATE)).toContain(approvers);
    const waived = { ...SLA_LOOSENED, waiver: { approver: 'architecture-board', reason: 'batch window', expires: '2027-01-31', expired: false } };
    expect(html({ ...ESTATE, changes: [waived, MODEL_CHANGE] })).not.toContain('class="approvers"');
  });

  it('puts declaration and model changes in their own sections', () => {
    const page = html(ESTATE);
    const headings = [...page.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''));
    expect(headings).toEqual(['System oms Order management', 'Canonical model changes', 'Declaration changes', 'Canonical model compatibility']);
    expect(section(page, 'Declaration changes')).toContain(`<code>${SLA_LOOSENED.id}</code>`);
    expect(section(page, 'Declaration changes')).toContain('<h3>File <code>estate/declarations/slas.yaml</code> (1 change)</h3>');
    expect(section(page, 'Canonical model changes')).toContain(`<code>${MODEL_CHANGE.id}</code>`);
    expect(page).not.toContain('No declared system');
  });

  it('folds the table when all models are fully compatible', () => {
    const folded = section(html(ESTATE), 'Canonical model compatibility');
    expect(folded).toContain('<details>\n<summary>All 2 models are fully compatible</summary>\n<table class="compatibility">');
    const open = section(html(SAMPLE), 'Canonical model compatibility');
    expect(open).not.toContain('<details>');
    expect(open).toContain('<tr><td><code>refund-v1</code></td><td class="yes">yes</td><td class="yes">yes</td><td class="yes">yes</td></tr>');
  });

  it('folds long used-by lists', () => {
    const page = html(ESTATE);
    const firstFive = WIDELY_USED.usedBy!.slice(0, 5).map((user) => `<code>${user}</code>`).join(', ');
    const rest = WIDELY_USED.usedBy!.slice(5).map((user) => `<code>${user}</code>`).join(', ');
    expect(page).toContain(`<dt>used by</dt><dd>8 operations or channels: ${firstFive}<details class="more"><summary>3 more</summary>${rest}</details></dd>`);
    expect(html(SAMPLE)).toContain('<dt>used by</dt><dd><code>GET /orders/{orderId}</code>, <code>POST /orders</code></dd>');
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
    expect(page).toContain(`Run dated <time datetime="${RUN_DAY}">${RUN_DAY}</time>`);
    expect(page).toMatch(/<h2>System <code>oms<\/code>[^<]*<\/h2>\n<p class="meta">Owned by [^<]+ \(<code>[a-z-]+<\/code>\)<\/p>/);
    expect(page).toMatch(/<h3>Contract <code>order-process-api<\/code> [^<(]*Order Process API \(\d+ changes\)<\/h3>\n<p class="meta">version [^,]+, file <code>revision\/contracts\/order-process-api\.openapi\.yaml<\/code><\/p>/);
    expect(page).toContain('<p class="approvers">Breaking changes without a valid waiver need the approval of <code>architecture-board</code> and <code>finance-systems</code>');
    expect(page).toMatch(/<h2>Declaration changes<\/h2>\n<h3>File <code>revision\/declarations\/slas\.yaml<\/code> \(1 change\)<\/h3>\n.*\n.*<code>sla-target-loosened<\/code>/);
    expect(page).toContain('<span class="freeze-reason">Christmas and January sale trading</span>');
    expect(page.indexOf('<h2>Canonical model compatibility</h2>')).toBeGreaterThan(page.indexOf('<h2>Declaration changes</h2>'));
    const file = path.join(scratch, 'report.html');
    const screenshotFile = path.join(scratch, 'report.png');
    writeFileSync(file, page);
    const browser = screenshot(file, screenshotFile, WIDTH, HEIGHT, scratch);
    expect(browser.error).toBeUndefined();
    expect(existsSync(screenshotFile), browser.stderr).toBe(true);
    expect(statSync(screenshotFile).size).toBeGreaterThan(10_000);

    const png = decodePng(readFileSync(screenshotFile));
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
