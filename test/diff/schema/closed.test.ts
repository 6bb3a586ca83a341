import { beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../../src/diff/types.js';
import { compareAt, compareWithItself, idsOf, loadTopic, type ContractPair } from './helpers.js';

const schema = (name: string) => `/components/schemas/${name}`;

const summary = (changes: Change[]) => changes.map((change) => `${change.id} ${change.level} ${change.direction}: ${change.message}`).sort();

describe('schemas that allow no additional properties', () => {
  let pair: ContractPair;
  beforeAll(async () => {
    pair = await loadTopic('closed');
  });

  it('breaks requests on closed-schema removal', () => {
    expect(summary(compareAt(pair, schema('ShopperTaxInfo'), 'request-body'))).toEqual([
      "request-body-property-removed-from-closed-schema breaking request: property 'ShopperTaxInfo.taxId' was removed from a schema that allows no additional properties",
    ]);
  });

  it('keeps response removal ids', () => {
    expect(idsOf(compareAt(pair, schema('ShopperTaxInfo'), 'response-body'))).toEqual(['response-body-required-property-removed']);
  });

  it('blames both message sides', () => {
    expect(summary(compareAt(pair, schema('ShopperTaxInfo'), 'message-payload'))).toEqual([
      "message-property-removed-from-closed-schema breaking producer: property 'ShopperTaxInfo.taxId' was removed from a schema that allows no additional properties",
      "message-required-property-removed breaking consumer: required property 'ShopperTaxInfo.taxId' was removed",
    ]);
  });

  it('breaks both model compatibilities', () => {
    expect(idsOf(compareAt(pair, schema('ShopperTaxInfo'), 'model'))).toEqual(['model-property-removed-from-closed-schema', 'model-required-property-removed']);
  });

  it('reads unevaluatedProperties false as closed', () => {
    expect(idsOf(compareAt(pair, schema('RefundNote'), 'request-body'))).toEqual(['request-body-property-removed-from-closed-schema']);
  });

  it('leaves pattern-matched names open', () => {
    expect(summary(compareAt(pair, schema('ChannelAttributes'), 'request-body'))).toEqual([
      "request-body-optional-property-removed warning request: optional property 'ChannelAttributes.x-channel' was removed",
      "request-body-property-removed-from-closed-schema breaking request: property 'ChannelAttributes.storeId' was removed from a schema that allows no additional properties",
    ]);
  });

  it('keeps open-schema removal a warning', () => {
    expect(summary(compareAt(pair, schema('OpenRefund'), 'request-body'))).toEqual([
      "request-body-optional-property-removed warning request: optional property 'OpenRefund.note' was removed",
    ]);
  });

  it('breaks forward compatibility on additions', () => {
    expect(summary(compareAt(pair, schema('StockLevel'), 'model'))).toEqual([
      "model-property-added-to-closed-schema breaking consumer: property 'StockLevel.binLocation' was added to a schema that allowed no additional properties",
      "model-property-added-to-closed-schema breaking consumer: property 'StockLevel.warehouseId' was added to a schema that allowed no additional properties",
      "model-required-property-added breaking producer: required property 'StockLevel.warehouseId' was added",
    ]);
  });

  it('keeps body addition ids', () => {
    expect(idsOf(compareAt(pair, schema('StockLevel'), 'request-body'))).toEqual(['request-body-property-added', 'request-body-required-property-added']);
    expect(idsOf(compareAt(pair, schema('StockLevel'), 'response-body'))).toEqual(['response-body-property-added', 'response-body-required-property-added']);
    expect(idsOf(compareAt(pair, schema('StockLevel'), 'message-payload'))).toEqual(['message-property-added', 'message-required-property-added']);
  });

  it('keeps open-model addition ids', () => {
    expect(idsOf(compareAt(pair, schema('OpenStockLevel'), 'model'))).toEqual(['model-property-added', 'model-required-property-added']);
  });

  it('finds nothing against itself', () => {
    for (const name of ['ShopperTaxInfo', 'RefundNote', 'ChannelAttributes', 'StockLevel']) {
      for (const context of ['request-body', 'response-body', 'message-payload', 'model'] as const) {
        expect(compareWithItself(pair.base, schema(name), context), `${name} ${context}`).toEqual([]);
        expect(compareWithItself(pair.revision, schema(name), context), `${name} ${context}`).toEqual([]);
      }
    }
  });
});
