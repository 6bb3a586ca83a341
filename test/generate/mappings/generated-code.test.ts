import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMappings, type GeneratedMappings } from '../../../src/generate/mappings/index.js';
import { formatWarning } from '../../../src/generate/warnings.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { transpile, writeGenerated } from '../adapters/compile.js';
import { runNodeTests, typeCheckWithNode } from './compile.js';
import { writeShopEstate } from './estate.js';

const MAPPINGS = `  - id: shop-order-in
    model: order-v1
    system: shop
    payload: { contract: shop-api, pointer: /components/schemas/ShopOrder }
    direction: to-canonical
    fields:
      - { from: ref, to: id, convert: to-string }
      - from: state
        to: status
        valueMap: { NEW: open, PAID: paid, VOID: cancelled }
        unmapped: reject
      - from: channel
        to: source
        valueMap: { web: web, app: app }
        unmapped: passthrough
      - from: priority
        to: priority
        valueMap: { low: LOW, high: HIGH }
        unmapped: default
        default: NORMAL
      - { from: placed, to: placedAt, convert: to-utc, timeZone: Europe/Berlin }
      - { from: note, to: note }
      - { from: gift.message, to: gift.text }
      - { from: gift.wrap, to: gift.wrapped }
      - { from: quantityText, to: quantity, convert: to-integer, default: 1 }
      - { to: kind, default: retail }
      - { from: 'batches[].items[].sku', to: 'groups[].lines[].sku' }
      - from: 'batches[].items[].price'
        to: 'groups[].lines[].amount'
        convert: decimal-to-minor-units
        rounding: half-up
        currencyField: 'batches[].currency'
      - { from: 'batches[].currency', to: 'groups[].lines[].currency' }
    examples:
      - name: paid order with two batches
        input:
          ref: 4711
          state: PAID
          channel: web
          priority: low
          placed: '2027-03-28T03:30:00'
          gift: { message: Happy birthday, wrap: true }
          batches:
            - currency: EUR
              items:
                - { sku: A-1, price: '2.675' }
                - { sku: A-2, price: '10' }
            - currency: JPY
              items:
                - { sku: B-1, price: '1234.5' }
        output:
          id: '4711'
          status: paid
          source: web
          priority: LOW
          placedAt: '2027-03-28T01:30:00Z'
          gift: { text: Happy birthday, wrapped: true }
          quantity: 1
          kind: retail
          groups:
            - lines:
                - { sku: A-1, amount: 268, currency: EUR }
                - { sku: A-2, amount: 1000, currency: EUR }
            - lines:
                - { sku: B-1, amount: 1235, currency: JPY }
  - id: legacy-order-out
    model: order-v1
    system: legacy
    direction: from-canonical
    fields:
      - { from: id, to: orderRef }
      - from: status
        to: state
        valueMap: { open: O, paid: P, cancelled: C }
        unmapped: reject
      - { from: placedAt, to: header.placedLocal, convert: to-local-time, timeZone: America/New_York }
      - { from: 'groups[].lines[].sku', to: 'blocks[].rows[].code' }
    examples:
      - name: open order in New York time
        input:
          id: NW-1
          status: open
          placedAt: '2027-11-07T06:30:00Z'
          groups:
            - lines: [{ sku: A-1, amount: 100 }]
        output:
          orderRef: NW-1
          state: O
          header: { placedLocal: '2027-11-07T01:30:00' }
          blocks:
            - rows: [{ code: A-1 }]
  - id: legacy-order-in
    model: order-v1
    system: legacy
    direction: to-canonical
    fields:
      - { from: orderRef, to: id }
      - from: state
        to: status
        valueMap: { O: open, P: paid, C: cancelled }
        unmapped: reject
      - { from: when, to: placedAt, convert: to-utc, timeZone: Europe/Berlin }
      - { from: 'blocks[].rows[].code', to: 'groups[].lines[].sku' }
      - { from: 'blocks[].rows[].cents', to: 'groups[].lines[].amount' }
    examples:
      - name: untyped legacy order
        input:
          orderRef: L-9
          state: C
          when: '2027-10-31T02:30:00'
          blocks:
            - rows: [{ code: Z-1, cents: 250 }]
        output:
          id: L-9
          status: cancelled
          placedAt: '2027-10-31T00:30:00Z'
          groups:
            - lines: [{ sku: Z-1, amount: 250 }]
`;

type MappingFunction = (input: unknown) => Record<string, unknown>;

function thrown(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected the call to throw');
}

describe('generated mapping code', () => {
  let generated: GeneratedMappings;
  let folder: string;
  let shopOrderIn: MappingFunction;
  let legacyOrderIn: MappingFunction;

  beforeAll(async () => {
    const estate = writeShopEstate(MAPPINGS);
    generated = generateMappings(await loadWorkspace(estate));
    folder = writeGenerated(generated.files, 'retailgov-mappings-');
    transpile(folder);
    const importMapping = async (file: string, name: string): Promise<MappingFunction> =>
      ((await import(pathToFileURL(path.join(folder, 'mappings', file)).href)) as Record<string, MappingFunction>)[name]!;
    shopOrderIn = await importMapping('shop-order-in.js', 'mapShopOrderIn');
    legacyOrderIn = await importMapping('legacy-order-in.js', 'mapLegacyOrderIn');
  }, 60_000);

  it('compiles under strict settings', () => {
    expect(typeCheckWithNode(folder)).toEqual([]);
  });

  it('warns about unlisted and passed-through enum values', () => {
    expect(generated.warnings.map((warning) => formatWarning(warning))).toEqual([
      `ownership.yaml:27:9: warning: mapping shop-order-in: source values "HOLD" of 'state' are not in the value map of 'status'; they are rejected with a MappingError`,
      `ownership.yaml:31:9: warning: mapping shop-order-in: source values "kiosk" of 'channel' are not in the value map of 'source'; they are passed through unchanged`,
      `ownership.yaml:32:9: warning: mapping shop-order-in: source values "kiosk" would reach 'source', whose enum lacks them; the mapping rejects them at run time`,
      `ownership.yaml:35:9: warning: mapping shop-order-in: source values "normal" of 'priority' are not in the value map of 'priority'; they are replaced by the default "NORMAL"`,
    ]);
  });

  it('generated tests pass except the uncovered enum value', () => {
    const run = runNodeTests(folder);
    // Three examples and three enum checks pass; the check of `source` finds that "kiosk" passes
    // through to a value the canonical enum lacks.
    expect(run.passed, run.output).toBe(6);
    expect(run.failed, run.output).toBe(1);
    expect(run.output).toMatch(/not ok \d+ - value map of source: every value of channel is mapped or handled by unmapped: passthrough/);
    expect(run.output).toMatch(/"kiosk" maps to a value outside the enum of source/);
  });

  it('reject names the field and value', () => {
    const error = thrown(() => shopOrderIn({ ref: 1, state: 'HOLD', placed: '2027-01-01T00:00:00', batches: [] }));
    expect(error.name).toBe('MappingError');
    expect(error.problem).toBe('unmapped-value');
    expect(error.field).toBe('state');
    expect(error.value).toBe('HOLD');
    expect(error.mapping).toBe('shop-order-in');
  });

  it('passthrough outside the target enum is rejected', () => {
    const error = thrown(() => shopOrderIn({ ref: 1, state: 'NEW', channel: 'kiosk', placed: '2027-01-01T00:00:00', batches: [] }));
    expect(error.problem).toBe('invalid-value');
    expect(error.field).toBe('channel');
  });

  it('absent optional values are left out', () => {
    const output = shopOrderIn({ ref: 7, state: 'NEW', placed: '2027-01-01T00:00:00', priority: 'normal', batches: [] });
    expect(output).toEqual({
      id: '7', status: 'open', priority: 'NORMAL', placedAt: '2026-12-31T23:00:00Z', quantity: 1, kind: 'retail', groups: [],
    });
    expect(Object.keys(output)).not.toContain('gift');
    expect(Object.keys(output)).not.toContain('note');
  });

  it('partial optional object reports the missing field', () => {
    const error = thrown(() => shopOrderIn({ ref: 7, state: 'NEW', placed: '2027-01-01T00:00:00', gift: { wrap: false }, batches: [] }));
    expect(error.problem).toBe('missing-value');
    expect(error.field).toBe('gift.message');
  });

  it('converts a present quantity', () => {
    const output = shopOrderIn({ ref: 7, state: 'NEW', placed: '2027-01-01T00:00:00', quantityText: '12', note: 'ring twice', batches: [] });
    expect(output.quantity).toBe(12);
    expect(output.note).toBe('ring twice');
  });

  it('errors in nested arrays carry element indexes', () => {
    const input = {
      ref: 7, state: 'NEW', placed: '2027-01-01T00:00:00',
      batches: [{ currency: 'EUR', items: [{ sku: 'A', price: '1.00' }] }, { currency: 'EUR', items: [{ sku: 'B', price: '1,00' }] }],
    };
    const error = thrown(() => shopOrderIn(input));
    expect(error.problem).toBe('invalid-value');
    expect(error.field).toBe('batches[1].items[0].price');
    const badCurrency = thrown(() => shopOrderIn({ ...input, batches: [{ currency: 'euro', items: [{ sku: 'A', price: '1' }] }] }));
    expect(badCurrency.field).toBe('batches[0].currency');
  });

  it('untyped source values are checked at run time', () => {
    const error = thrown(() => legacyOrderIn({ orderRef: 'L-1', state: 'O', when: '2027-01-01T00:00:00', blocks: [{ rows: [{ code: 'Z', cents: '250' }] }] }));
    expect(error.problem).toBe('invalid-value');
    expect(error.field).toBe('blocks[0].rows[0].cents');
    const missing = thrown(() => legacyOrderIn({ state: 'O', when: '2027-01-01T00:00:00', blocks: [] }));
    expect(missing.problem).toBe('missing-value');
    expect(missing.field).toBe('orderRef');
  });

  it('untyped target gets an inferred output type', () => {
    const source = readFileSync(path.join(folder, 'mappings/legacy-order-out.ts'), 'utf8');
    expect(source).toMatch(/export function mapLegacyOrderOut\(input: OrderV1\) \{/);
    expect(source).toMatch(/export type MapLegacyOrderOutOutput = ReturnType<typeof mapLegacyOrderOut>;/);
  });
});
