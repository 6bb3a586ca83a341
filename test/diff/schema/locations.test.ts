import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChangeCollector } from '../../../src/diff/collector.js';
import { SchemaComparer } from '../../../src/diff/schema/compare.js';
import type { Change } from '../../../src/diff/types.js';
import { diffContractFiles } from '../../helpers/diff.js';
import { compareAt, idsOf, loadTopic, nodeAt, SCHEMA_FIXTURES, type ContractPair } from './helpers.js';

const ORDER = '/components/schemas/Order';

describe('change locations and messages', () => {
  let pair: ContractPair;
  beforeAll(async () => {
    pair = await loadTopic('locations');
  });

  it('names properties from their schema', () => {
    const removed = compareAt(pair, ORDER, 'response-body').find((change) => change.id === 'response-body-optional-property-removed');
    expect(removed?.message).toBe("optional property 'Address.postalCode' was removed");
  });

  it('places a removed property at the base property and the revision properties object', () => {
    const removed = compareAt(pair, ORDER, 'response-body').find((change) => change.id === 'response-body-optional-property-removed')!;
    expect(removed.base).toMatchObject({ file: 'base.yaml', pointer: '/components/schemas/Address/properties/postalCode', line: 35, column: 9 });
    expect(removed.revision).toMatchObject({ file: 'revision.yaml', pointer: '/components/schemas/Address/properties', line: 32, column: 7 });
  });

  it('places a newly required property at its required entry', () => {
    const required = compareAt(pair, ORDER, 'request-body').find((change) => change.id === 'request-body-property-became-required')!;
    expect(required.message).toBe("property 'Address.country' became required");
    expect(required.base?.pointer).toBe('/components/schemas/Address/properties/country');
    expect(required.revision?.pointer).toBe('/components/schemas/Address/required/1');
  });

  it('reports a schema reached along several paths once', () => {
    const changes = compareAt(pair, ORDER, 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-optional-property-removed', 'request-body-property-became-required']);
  });

  it('lists each operation that reaches a shared schema', () => {
    const collector = new ChangeCollector();
    const comparer = new SchemaComparer(collector, pair.base.resolve, pair.revision.resolve);
    comparer.compare(nodeAt(pair.base, ORDER), nodeAt(pair.revision, ORDER), 'request-body', 'POST /orders');
    comparer.compare(nodeAt(pair.base, ORDER), nodeAt(pair.revision, ORDER), 'request-body', 'PUT /orders/{orderId}');
    const address = '/components/schemas/Address';
    comparer.compare(nodeAt(pair.base, address), nodeAt(pair.revision, address), 'request-body', 'POST /addresses');
    const changes = collector.changes();
    expect(changes).toHaveLength(2);
    for (const change of changes) expect(change.usedBy).toEqual(['POST /orders', 'PUT /orders/{orderId}', 'POST /addresses']);
    expect(changes.map((change) => change.message).sort()).toEqual(["optional property 'Address.postalCode' was removed", "property 'Address.country' became required"]);
  });

  it('names the root after the label the caller gives', () => {
    const collector = new ChangeCollector();
    const comparer = new SchemaComparer(collector, pair.base.resolve, pair.revision.resolve);
    const address = '/components/schemas/Address';
    comparer.compare(nodeAt(pair.base, address), nodeAt(pair.revision, address), 'model', undefined, "model 'address'");
    expect(collector.changes().map((change) => change.message).sort()).toEqual([
      "optional property 'postalCode' was removed",
      "property 'country' became required",
    ]);
  });
});

describe('property paths of shared schemas', () => {
  const folder = path.join(SCHEMA_FIXTURES, 'labels');
  let changes: Change[];
  beforeAll(async () => {
    changes = await diffContractFiles(path.join(folder, 'base', 'api.yaml'), path.join(folder, 'revision', 'api.yaml'), folder);
  });

  const byMessage = (message: string): Change | undefined => changes.find((change) => change.message === message);

  it('labels component properties once', () => {
    const removed = byMessage("optional property 'Order.lines[].giftMessage' was removed");
    expect(removed?.id).toBe('response-body-optional-property-removed');
    expect(removed?.usedBy?.sort()).toEqual(['GET /orders', 'GET /orders/{orderId}', 'POST /orders']);
    expect(changes.filter((change) => change.message.includes('giftMessage'))).toHaveLength(1);
  });

  it('keeps inline paths operation-relative', () => {
    const removed = byMessage("optional property 'note' was removed");
    expect(removed?.usedBy).toEqual(['GET /orders/{orderId}/notes']);
  });

  it('labels schemas of other files', () => {
    expect(byMessage("maxLength of property 'ReturnLine.reason' tightened from unlimited to 200")?.id).toBe('request-body-max-length-decreased');
    expect(byMessage("required property 'refund.amount' was added")?.id).toBe('request-body-required-property-added');
  });

  it('reports nothing else', () => {
    expect(changes).toHaveLength(4);
  });
});
