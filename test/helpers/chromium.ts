import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Debian's Chromium, which `.ci/run` installs. */
export const CHROMIUM = '/usr/bin/chromium';

/** CI installs Chromium, so a missing browser there is a failure, never a skip. */
export const canScreenshot = existsSync(CHROMIUM) || process.env.CI !== undefined;

/**
 * Renders a local HTML file to a PNG of `width` by `height` pixels in headless Chromium, with a new
 * profile in `scratch`. Only the local file is loaded: the flags keep Chromium from calling its own
 * services, and the resolver rule makes any host name unresolvable.
 */
export function screenshot(htmlFile: string, pngFile: string, width: number, height: number, scratch: string): SpawnSyncReturns<string> {
  return spawnSync(
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
      `--screenshot=${pngFile}`,
      `--window-size=${width},${height}`,
      pathToFileURL(htmlFile).href,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
}
