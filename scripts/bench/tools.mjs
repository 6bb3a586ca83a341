// Command line and JSON finding counter of each benchmarked linter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

function binOf(packageName, binName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = require(manifestPath);
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[binName];
  return path.join(path.dirname(manifestPath), relative);
}

const spectralRuleset = (() => {
  const folder = mkdtempSync(path.join(tmpdir(), 'retailgov-bench-spectral-'));
  const file = path.join(folder, '.spectral.yaml');
  writeFileSync(file, 'extends:\n  - spectral:oas\n  - spectral:asyncapi\n');
  return file;
})();

/** Counts findings by severity in a JSON report; returns undefined when the output is not JSON. */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const TOOLS = {
  retailgov: {
    label: 'retailgov',
    preload: 'rss',
    script: path.join(REPO, 'bin/retailgov.js'),
    args: (files, root) => ['lint', ...files, '--format', 'json', ...(root ? ['--root', root] : [])],
    count(stdout) {
      const report = parseJson(stdout);
      if (report === undefined) return undefined;
      return report.findings.length;
    },
  },
  spectral: {
    label: 'Spectral (spectral:oas + spectral:asyncapi)',
    preload: 'offline',
    script: binOf('@stoplight/spectral-cli', 'spectral'),
    args: (files) => ['lint', ...files, '--ruleset', spectralRuleset, '--format', 'json', '--quiet'],
    count(stdout) {
      const findings = parseJson(stdout.slice(stdout.indexOf('[')));
      return Array.isArray(findings) ? findings.length : undefined;
    },
  },
  redocly: {
    label: 'Redocly (recommended)',
    preload: 'offline',
    script: binOf('@redocly/cli', 'redocly'),
    args: (files) => ['lint', ...files, '--extends', 'recommended', '--format', 'json', '--max-problems', '1000000'],
    count(stdout) {
      const report = parseJson(stdout.slice(stdout.indexOf('{')));
      return Array.isArray(report?.problems) ? report.problems.length : undefined;
    },
  },
};
