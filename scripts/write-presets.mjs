#!/usr/bin/env node
// Writes rules/recommended.yaml and one rules/<name>.yaml per named ruleset from the rule metadata
// in the built registry. Usage: npm run build && npm run presets
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const registry = new URL('../dist/rules/registry.js', import.meta.url);
if (!existsSync(fileURLToPath(registry))) {
  process.stderr.write('error: dist/rules/registry.js not found; run `npm run build` first\n');
  process.exit(2);
}

const { RULES } = await import(registry.href);
const { renderPresets } = await import(new URL('../dist/rules/presets.js', import.meta.url).href);
for (const [name, text] of renderPresets(RULES)) {
  writeFileSync(new URL(`../rules/${name}`, import.meta.url), text);
  process.stderr.write(`wrote rules/${name}\n`);
}
