import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderPresets } from '../../src/rules/presets.js';
import { RULES } from '../../src/rules/registry.js';

const RULES_DIR = new URL('../../rules/', import.meta.url);
const presets = renderPresets(RULES);

function readPreset(name: string): string {
  return readFileSync(new URL(name, RULES_DIR), 'utf8');
}

describe('preset files', () => {
  it('are exactly the rendered presets', () => {
    const generated = readdirSync(RULES_DIR).filter((name) => name.endsWith('.yaml') && readPreset(name).includes('scripts/write-presets.mjs'));
    expect(generated.sort()).toEqual([...presets.keys()].sort());
  });

  for (const [name, text] of presets) {
    it(`${name} matches the rule metadata`, () => {
      // On failure: npm run build && npm run presets
      expect(readPreset(name)).toBe(text);
    });
  }

  it('recommended lists every rule on by default', () => {
    const listed = parse(readPreset('recommended.yaml')).rules as Record<string, string>;
    const onByDefault = RULES.filter((rule) => rule.meta.recommended !== false);
    expect(Object.keys(listed).sort()).toEqual(onByDefault.map((rule) => rule.id).sort());
    for (const rule of onByDefault) expect(listed[rule.id], rule.id).toBe(rule.meta.defaultSeverity);
  });

  it('retail lists the retail contract rules', () => {
    const listed = parse(readPreset('retail.yaml')).rules as Record<string, string>;
    expect(listed).toEqual({
      'event-payload-has-id-and-timestamp': 'warn',
      'list-operation-paginates': 'warn',
      'money-amount-has-currency': 'warn',
      'order-write-declares-idempotency-key': 'warn',
      'sku-is-string': 'warn',
      'timestamp-has-date-time-format': 'warn',
    });
  });
});
