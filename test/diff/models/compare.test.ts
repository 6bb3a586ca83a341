import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_CHANGES } from '../../../src/diff/catalogue/models.js';
import { ChangeCollector } from '../../../src/diff/collector.js';
import { compareModel } from '../../../src/diff/models/compare.js';
import { InputError } from '../../../src/errors.js';
import { readSourceFile } from '../../../src/workspace/source.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { CORPUS_DIR, readCorpusManifest } from '../../helpers/corpus.js';
import { DIFF_FIXTURES } from '../../helpers/diff.js';
import { writeWorkspace } from '../../helpers/estate.js';
import { diffEstateFixture, diffEstatePair, idsOf } from '../declarations/estate-pair.js';

const NOTIFICATION = path.join(CORPUS_DIR, 'amazon-sp-api/notifications/OrderChangeNotification');
const REFERENCE_ESTATE = path.resolve(import.meta.dirname, '../../..');

/** Reads two JSON Schema files and compares them as versions of one model. */
function compareFiles(basePath: string, revisionPath: string) {
  const collector = new ChangeCollector();
  const compatibility = compareModel('order-change', readSourceFile(basePath, path.dirname(basePath)), readSourceFile(revisionPath, path.dirname(revisionPath)), collector);
  return { compatibility, changes: collector.changes() };
}

/** Writes two versions of a model schema into a temporary folder and compares them. */
function compareTexts(base: object, revision: object) {
  const folder = writeWorkspace({ 'base.json': JSON.stringify(base, null, 2), 'revision.json': JSON.stringify(revision, null, 2) });
  return compareFiles(path.join(folder, 'base.json'), path.join(folder, 'revision.json'));
}

const MONEY = {
  $defs: { Money: { type: 'object', required: ['amount'], properties: { amount: { type: 'integer' }, currency: { type: 'string' } } } },
  type: 'object',
  properties: { total: { $ref: '#/$defs/Money' } },
};

describe('canonical model compatibility', () => {
  it('rates the OrderChangeType enum widening as backward but not forward compatible', () => {
    const { compatibility, changes } = compareFiles(`${NOTIFICATION}.v-old.json`, `${NOTIFICATION}.v-new.json`);
    expect(compatibility).toEqual({ backward: true, forward: false, full: false });
    expect(changes.map((change) => [change.id, change.direction, change.usedBy])).toEqual([['model-enum-value-added', 'consumer', ['order-change']]]);
    expect(changes[0].revision?.pointer).toMatch(/OrderChangeType\/enum\/1$/);
  });

  it('rates the reverse change as forward but not backward compatible', () => {
    const { compatibility } = compareFiles(`${NOTIFICATION}.v-new.json`, `${NOTIFICATION}.v-old.json`);
    expect(compatibility).toEqual({ backward: false, forward: true, full: false });
  });

  // This notification schema points its root to '#/definitions/Notification' but leaves `definitions` empty.
  const BROKEN = 'amazon-sp-api/notifications/ShipmentTrackingMilestoneChangedNotification.json';

  it('rejects a corpus schema whose root $ref is broken, naming the position', () => {
    const file = path.join(CORPUS_DIR, BROKEN);
    expect(() => compareFiles(file, file)).toThrow(expect.objectContaining({ message: "broken $ref '#/definitions/Notification': no such node", line: 5 }));
  });

  const selfComparable = readCorpusManifest().filter((entry) => entry.kind === 'jsonschema' && entry.file !== BROKEN).map((entry) => entry.file);

  it.each(selfComparable)('%s is fully compatible with itself', (file) => {
    const { compatibility, changes } = compareFiles(path.join(CORPUS_DIR, file), path.join(CORPUS_DIR, file));
    expect(changes).toEqual([]);
    expect(compatibility).toEqual({ backward: true, forward: true, full: true });
  });

  it('follows local $refs into $defs', () => {
    const revision = structuredClone(MONEY);
    revision.$defs.Money.required = ['amount', 'currency'];
    const { compatibility, changes } = compareTexts(MONEY, revision);
    expect(changes.map((change) => [change.id, change.base?.pointer])).toEqual([['model-property-became-required', '/$defs/Money/properties/currency']]);
    expect(compatibility).toEqual({ backward: false, forward: true, full: false });
  });

  it('names $defs changes from their definition', () => {
    const revision = structuredClone(MONEY);
    revision.$defs.Money.required = ['amount', 'currency'];
    expect(compareTexts(MONEY, revision).changes.map((change) => change.message)).toEqual(["property 'Money.currency' became required"]);
  });

  const STRING = { type: 'string' };
  const CLOSED_STOCK = { type: 'object', additionalProperties: false, required: ['sku'], properties: { sku: STRING } };

  it.each([
    ['a required property added to', CLOSED_STOCK, { ...CLOSED_STOCK, required: ['sku', 'currency'], properties: { sku: STRING, currency: STRING } }, { backward: false, forward: false, full: false }],
    ['an optional property added to', CLOSED_STOCK, { ...CLOSED_STOCK, properties: { sku: STRING, currency: STRING } }, { backward: true, forward: false, full: false }],
    ['an optional property removed from', { ...CLOSED_STOCK, properties: { sku: STRING, note: STRING } }, CLOSED_STOCK, { backward: false, forward: true, full: false }],
  ])('rates %s a closed model', (_case, base, revision, expected) => {
    expect(compareTexts(base, revision).compatibility).toEqual(expected);
  });

  it('rates required removal from closed model', () => {
    const base = { type: 'object', unevaluatedProperties: false, required: ['sku', 'taxId'], properties: { sku: { type: 'string' }, taxId: { type: 'string' } } };
    const revision = { type: 'object', unevaluatedProperties: false, required: ['sku'], properties: { sku: { type: 'string' } } };
    const { compatibility, changes } = compareTexts(base, revision);
    expect(compatibility).toEqual({ backward: false, forward: false, full: false });
    expect(changes.map((change) => change.id).sort()).toEqual(['model-property-removed-from-closed-schema', 'model-required-property-removed']);
  });

  it('keeps open-model optional property ratings', () => {
    const base = { type: 'object', properties: { sku: { type: 'string' }, note: { type: 'string' } } };
    const revision = { type: 'object', properties: { sku: { type: 'string' }, currency: { type: 'string' } } };
    expect(compareTexts(base, revision).compatibility).toEqual({ backward: true, forward: true, full: true });
  });

  it('rejects a $ref to another file with its position', () => {
    const revision = { ...MONEY, properties: { total: { $ref: 'money.json#/Money' } } };
    let error: unknown;
    try {
      compareTexts(MONEY, revision);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("refusing $ref 'money.json#/Money': a canonical model schema may only reference its own definitions");
    const refLine = JSON.stringify(revision, null, 2).split('\n').findIndex((line) => line.includes('money.json')) + 1;
    expect((error as InputError).file).toBe('revision.json');
    expect((error as InputError).line).toBe(refLine);
    expect((error as InputError).column).toBeGreaterThan(1);
  });

  it('rejects a remote $ref', () => {
    const revision = { ...MONEY, properties: { total: { $ref: 'https://schemas.example/money.json' } } };
    expect(() => compareTexts(MONEY, revision)).toThrow(InputError);
  });

  it('accepts a $ref through the schema\'s own $id', () => {
    const base = { ...MONEY, $id: 'https://schemas.fjord-outdoor.example/order.json' };
    const revision = { ...base, properties: { total: { $ref: 'https://schemas.fjord-outdoor.example/order.json#/$defs/Money' } } };
    expect(compareTexts(base, revision).changes).toEqual([]);
  });

  it('reports a broken local $ref as invalid input', () => {
    const revision = { ...MONEY, properties: { total: { $ref: '#/$defs/Price' } } };
    expect(() => compareTexts(MONEY, revision)).toThrow(/broken \$ref '#\/\$defs\/Price'/);
  });
});

describe('canonical models of an estate', () => {
  it.each(MODEL_CHANGES.map((kind) => kind.id))('%s fixture reports exactly the expected ids', async (id) => {
    const folder = path.join(DIFF_FIXTURES, id);
    const expected = (JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { changes: string[] }).changes;
    const { changes } = await diffEstateFixture(folder);
    expect(idsOf(changes)).toEqual([...expected].sort());
  });

  it('returns the compatibility of each model both estates declare', async () => {
    const { compatibility } = await diffEstateFixture(path.join(DIFF_FIXTURES, 'canonical-model-major-version-not-bumped'));
    expect(compatibility).toEqual({ 'order-v1': { backward: false, forward: true, full: false } });
  });

  it('places a missing version bump at the declared version', async () => {
    const { changes } = await diffEstateFixture(path.join(DIFF_FIXTURES, 'canonical-model-version-not-bumped'));
    const warning = changes.find((change) => change.id === 'canonical-model-version-not-bumped')!;
    expect(warning.message).toBe("canonical model 'order-v1' changed incompatibly (not forward compatible) but keeps version 1.0.0");
    expect(warning.revision).toMatchObject({ file: 'ownership.yaml', pointer: '/canonicalModels/0/version', line: 18 });
  });

  it('finds every model of the reference estate fully compatible with itself', async () => {
    const { changes, compatibility } = await diffEstatePair(REFERENCE_ESTATE, REFERENCE_ESTATE);
    expect(changes).toEqual([]);
    const models = (await loadWorkspace(REFERENCE_ESTATE)).estate.canonicalModels.map((model) => model.id).sort();
    expect(Object.keys(compatibility).sort()).toEqual(models);
    expect(Object.values(compatibility).every((entry) => entry.full)).toBe(true);
  });
});
