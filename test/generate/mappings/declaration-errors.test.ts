import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { generateMappings } from '../../../src/generate/mappings/index.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { writeShopEstate } from './estate.js';

interface Case {
  title: string;
  /** Field mappings, one YAML flow mapping per line. */
  fields: string[];
  /** `shop` maps the typed ShopOrder payload; `legacy` has no payload schema. */
  system?: 'shop' | 'legacy';
  message: RegExp;
  /** The key the error points at. */
  key: string;
}

const CASES: Case[] = [
  {
    title: 'unknown source path',
    fields: ['{ from: refs, to: id, convert: to-string }'],
    message: /from path 'refs' is not in payload \/components\/schemas\/ShopOrder of contract shop-api: there is no 'refs' under the top level/,
    key: 'from',
  },
  {
    title: 'unknown target path',
    fields: ['{ from: note, to: notes }'],
    message: /to path 'notes' is not in canonical model order-v1 \(models\/order.json\): there is no 'notes' under the top level/,
    key: 'to',
  },
  {
    title: 'array entered without []',
    fields: ['{ from: batches.currency, to: note }'],
    message: /at 'batches\.currency', the value before 'currency' is an array; add \[\] to step into its elements/,
    key: 'from',
  },
  {
    title: '[] on a value that is not an array',
    fields: ["{ from: 'note[]', to: 'groups[].lines[].sku' }"],
    message: /at 'note\[\]', the value is not an array/,
    key: 'from',
  },
  {
    title: 'index instead of []',
    fields: ["{ from: 'batches[0].currency', to: note }"],
    message: /invalid from path 'batches\[0\]\.currency': 'batches\[0\]' is not a property name optionally followed by \[\]/,
    key: 'from',
  },
  {
    title: 'two source arrays fill one target array',
    system: 'legacy',
    fields: ["{ from: 'a[].b[].sku', to: 'groups[].lines[].sku' }", "{ from: 'c[].d[].cents', to: 'groups[].lines[].amount' }"],
    message: /from path 'c\[\]\.d\[\]\.cents' fills the same target array as 'a\[\]\.b\[\]\.sku' but steps through another source array/,
    key: 'from',
  },
  {
    title: 'more source arrays than target arrays',
    fields: ["{ from: 'batches[].items[].sku', to: note }"],
    message: /has more \[\] steps than to path 'note'/,
    key: 'from',
  },
  {
    title: 'target array without source array',
    fields: ["{ from: note, to: 'groups[].lines[].sku' }"],
    message: /target array in 'groups\[\]\.lines\[\]\.sku' has no source array/,
    key: 'to',
  },
  {
    title: 'integer into string without conversion',
    fields: ['{ from: ref, to: id }'],
    message: /'id' expects string, but the field produces integer/,
    key: 'from',
  },
  {
    title: 'unknown time zone',
    fields: ['{ from: placed, to: placedAt, convert: to-utc, timeZone: Europe/Atlantis }'],
    message: /'Europe\/Atlantis' is not an IANA time zone/,
    key: 'timeZone',
  },
  {
    title: 'time conversion without time zone',
    fields: ['{ from: placed, to: placedAt, convert: to-utc }'],
    message: /uses to-utc but declares no timeZone/,
    key: 'convert',
  },
  {
    title: 'default outside the target enum',
    fields: ['{ to: status, default: archived }'],
    message: /"archived" for 'status' is not in the target enum \("open", "paid", "cancelled"\)/,
    key: 'default',
  },
  {
    title: 'value map outside the target enum',
    fields: ['{ from: state, to: status, valueMap: { NEW: fresh, PAID: paid }, unmapped: reject }'],
    message: /"fresh" for 'status' is not in the target enum/,
    key: 'valueMap',
  },
  {
    title: 'overlapping targets',
    fields: ['{ from: gift.message, to: gift.text }', '{ from: note, to: gift }'],
    message: /to path 'gift' overlaps the target of another field of the mapping at 'gift'/,
    key: 'to',
  },
  {
    title: 'unmapped default without a default',
    fields: ['{ from: priority, to: priority, valueMap: { low: LOW }, unmapped: default }'],
    message: /replaces unlisted values by its default but declares no default/,
    key: 'unmapped',
  },
  {
    title: 'conversion without a source',
    fields: ['{ to: quantity, convert: to-integer, default: 1 }'],
    message: /converts a value but has no from path/,
    key: 'convert',
  },
  {
    title: 'currency from another array element',
    system: 'legacy',
    fields: ["{ from: 'a[].b[].cents', to: 'groups[].lines[].sku', convert: minor-units-to-decimal, currencyField: 'c[].currency' }"],
    message: /currencyField 'c\[\]\.currency' is not in the same array element as 'a\[\]\.b\[\]\.cents'/,
    key: 'currencyField',
  },
];

function mappingYaml(testCase: Case): string {
  const system = testCase.system ?? 'shop';
  return [
    '  - id: broken',
    '    model: order-v1',
    `    system: ${system}`,
    ...(system === 'shop' ? ['    payload: { contract: shop-api, pointer: /components/schemas/ShopOrder }'] : []),
    '    direction: to-canonical',
    '    fields:',
    ...testCase.fields.map((field) => `      - ${field}`),
    '',
  ].join('\n');
}

describe('mapping declarations that cannot become code', () => {
  for (const testCase of CASES) {
    it(testCase.title, async () => {
      const estate = writeShopEstate(mappingYaml(testCase));
      const workspace = await loadWorkspace(estate);
      let error: unknown;
      try {
        generateMappings(workspace);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InputError);
      const inputError = error as InputError;
      expect(inputError.message).toMatch(testCase.message);
      expect(inputError.file).toBe('ownership.yaml');
      expect(inputError.hint).toBeTruthy();
      const lines = readFileSync(path.join(estate, 'ownership.yaml'), 'utf8').split('\n');
      const pointedAt = lines[inputError.line! - 1]!.slice(inputError.column! - 1);
      expect(pointedAt.startsWith(`${testCase.key}:`), `${inputError.line}:${inputError.column} points at ${pointedAt}`).toBe(true);
    });
  }
});
