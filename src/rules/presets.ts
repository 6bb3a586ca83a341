/**
 * The preset files in rules/: `recommended.yaml` lists every rule that runs by default, and one
 * file per named ruleset (`retail.yaml`) lists the rules whose metadata names that ruleset. Both
 * are written from the rule metadata by scripts/write-presets.mjs, and a test compares them with
 * this rendering, so they cannot drift from the registry.
 */
import type { Rule } from './types.js';

/** First comment line of a ruleset's file; a ruleset without an entry gets a generic line. */
const RULESET_TITLES: Record<string, string> = {
  recommended: 'The recommended ruleset: every built-in rule that runs by default, at its default severity.',
  retail:
    'The retail ruleset: contract rules for the APIs and events of a retail estate (money, idempotent writes, pagination, event identity, product codes, timestamps).',
};

const GENERATED_NOTE = '# Generated from the rule metadata by scripts/write-presets.mjs; run `npm run build && npm run presets` after changing a rule.';

/** Renders every preset file, keyed by its file name in rules/. */
export function renderPresets(rules: readonly Rule[]): Map<string, string> {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  const presets = new Map<string, string>();
  presets.set('recommended.yaml', renderPreset('recommended', sorted.filter((rule) => rule.meta.recommended !== false)));

  const names = [...new Set(sorted.flatMap((rule) => rule.meta.rulesets ?? []))].sort();
  for (const name of names) {
    presets.set(`${name}.yaml`, renderPreset(name, sorted.filter((rule) => rule.meta.rulesets?.includes(name) === true)));
  }
  return presets;
}

function renderPreset(name: string, rules: readonly Rule[]): string {
  const title = RULESET_TITLES[name] ?? `The ${name} ruleset.`;
  const lines = [`# ${title}`, GENERATED_NOTE, 'rules:'];
  for (const rule of rules) {
    lines.push(`  # ${oneLine(rule.meta.description)}`, `  ${rule.id}: ${rule.meta.defaultSeverity}`);
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
