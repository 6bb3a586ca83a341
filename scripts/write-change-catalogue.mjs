#!/usr/bin/env node
// Writes docs/diff-changes.md from the change catalogue in the build.
// Usage: npm run build && npm run docs:changes
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const catalogue = new URL('../dist/diff/catalogue/index.js', import.meta.url);
if (!existsSync(fileURLToPath(catalogue))) {
  process.stderr.write('error: dist/diff/catalogue/index.js not found; run `npm run build` first\n');
  process.exit(2);
}
const { CATALOGUE } = await import(catalogue.href);
const { renderCatalogueMarkdown } = await import(new URL('../dist/diff/catalogue/markdown.js', import.meta.url).href);
writeFileSync(new URL('../docs/diff-changes.md', import.meta.url), renderCatalogueMarkdown(CATALOGUE));
process.stderr.write(`wrote docs/diff-changes.md (${CATALOGUE.size} ids)\n`);
