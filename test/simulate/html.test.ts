import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { countColour, decodePng } from '../reporters/diff/png.js';
import { orderEstate, scratchFolder, writeFolder } from './helpers.js';
import { CHROMIUM, canScreenshot, screenshot } from '../helpers/chromium.js';

const WIDTH = 1280;
const HEIGHT = 2400;

const HOSTILE_NAME = '<script>alert("estate")</script> & Co';

async function htmlReport(): Promise<string> {
  const files = orderEstate();
  (files['ownership.yaml'] as { name: string }).name = HOSTILE_NAME;
  const folder = writeFolder(files);
  const scenario = path.join(folder, 'scenario.yaml');
  writeFileSync(scenario, [
    'retailgovScenario: 1',
    'name: "<img src=x onerror=alert(1)> outage"',
    'duration: 3m',
    'traffic:',
    '  - { channel: webshop, workflow: order-capture, rate: 30/s, peakMultiplier: 1 }',
    'faults:',
    '  - { kind: outage, system: erp, start: 1m, duration: 3m, error: http-503 }',
    '  - { kind: duplicate-delivery, probability: 0.05 }',
  ].join('\n'));
  const run = await runCli(['simulate', folder, '--scenario', scenario, '--format', 'html', '--no-shrink']);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(1);
  return run.stdout;
}

describe('html simulation report', () => {
  it('escapes every string from the estate and the scenario', async () => {
    const page = await htmlReport();
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(&quot;estate&quot;)&lt;/script&gt; &amp; Co');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; outage');
  });

  it('is one file with inline charts and nothing loaded from outside', async () => {
    // The scenario's name, escaped, mentions src= as text; leave it out of the search.
    const page = (await htmlReport()).replaceAll('&lt;img src=x onerror=alert(1)&gt;', '');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)|url\(|<link|<iframe|\ssrc=|@import/i);
    expect(page).toContain('aria-label="Latency distribution of order-capture"');
    expect(page).toContain('aria-label="Backlog over time"');
    expect(page).toContain('aria-label="Fault timeline"');
    expect(page.match(/<rect [^>]*class="bar"/g)!.length).toBeGreaterThan(5);
    expect(page).toMatch(/<polyline points="[\d.,\s]+" class="inflight">/);
    expect(page).toMatch(/<rect [^>]*class="fault"><title>outage \(http-503\) on erp \(struck [\d,]+\): 1m–4m<\/title>/);
  });

  it.skipIf(!canScreenshot)('renders in headless Chromium', { timeout: 150_000 }, async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package`).toBe(true);
    const scratch = scratchFolder();
    const file = path.join(scratch, 'report.html');
    const screenshotFile = path.join(scratch, 'report.png');
    writeFileSync(file, await htmlReport());
    const browser = screenshot(file, screenshotFile, WIDTH, HEIGHT, scratch);
    expect(browser.error).toBeUndefined();
    expect(existsSync(screenshotFile), browser.stderr).toBe(true);
    expect(statSync(screenshotFile).size).toBeGreaterThan(10_000);
    const png = decodePng(readFileSync(screenshotFile));
    expect(png.width).toBe(WIDTH);
    expect(png.height).toBe(HEIGHT);
    // The failed verdict, the latency bars, and the fault bars are drawn in their colours.
    expect(countColour(png, '#cf222e', 8), 'verdict').toBeGreaterThan(500);
    expect(countColour(png, '#4c78a8', 8), 'latency bars').toBeGreaterThan(2000);
    // Fault bars are #e45756 at 75% opacity over the chart's #fafafa background.
    expect(countColour(png, '#e98080', 10), 'fault bars').toBeGreaterThan(500);
  });
});
