import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/contracts/load.js';
import { CORPUS_DIR } from '../../helpers/corpus.js';
import { ChangeCollector } from '../../../src/diff/collector.js';
import { SchemaComparer } from '../../../src/diff/schema/compare.js';
import { compareAt, nodeAt, type ContractPair } from './helpers.js';

const ADYEN = path.join(CORPUS_DIR, 'adyen');

describe('Adyen Checkout v71 release', () => {
  let pair: ContractPair;
  beforeAll(async () => {
    pair = {
      base: await loadContract(path.join(ADYEN, 'CheckoutService-v71.v-old.json'), { root: ADYEN }),
      revision: await loadContract(path.join(ADYEN, 'CheckoutService-v71.v-new.json'), { root: ADYEN }),
    };
  });

  it('finds the replaced tax identifiers of ShopperTaxInfo', () => {
    const changes = compareAt(pair, '/components/schemas/ShopperTaxInfo', 'request-body');
    expect(changes.map((change) => `${change.id}: ${change.message}`).sort()).toEqual([
      "request-body-property-removed-from-closed-schema: property 'ShopperTaxInfo.taxId' was removed from a schema that allows no additional properties",
      "request-body-property-removed-from-closed-schema: property 'ShopperTaxInfo.taxIdCountryCode' was removed from a schema that allows no additional properties",
      "request-body-required-property-added: required property 'ShopperTaxInfo.taxCountryCode' was added",
      "request-body-required-property-added: required property 'ShopperTaxInfo.taxIdentificationNumber' was added",
    ]);
    // ShopperTaxInfo allows no additional properties, so clients that still send taxId are rejected.
    expect(changes.filter((change) => change.level === 'breaking')).toHaveLength(4);
  });

  it('finds the payment method type swapped in PaymentDetails', () => {
    const changes = compareAt(pair, '/components/schemas/PaymentDetails', 'response-body');
    expect(changes.map((change) => `${change.id}: ${change.message}`).sort()).toEqual([
      "response-body-enum-value-added: enum value 'wero' was added to property 'PaymentDetails.type'",
      "response-body-enum-value-removed: enum value 'alma' was removed from property 'PaymentDetails.type'",
    ]);
    expect(changes.find((change) => change.id === 'response-body-enum-value-removed')?.base?.pointer).toBe('/components/schemas/PaymentDetails/properties/type/enum/36');
  });

  it('finds nothing when a schema meets itself', () => {
    const collector = new ChangeCollector();
    const comparer = new SchemaComparer(collector, pair.revision.resolve, pair.revision.resolve);
    const schemas = Object.keys((pair.revision.source.data as { components: { schemas: object } }).components.schemas);
    expect(schemas.length).toBeGreaterThan(200);
    for (const name of schemas) {
      const node = nodeAt(pair.revision, `/components/schemas/${name}`);
      for (const context of ['request-body', 'response-body'] as const) comparer.compare(node, node, context, name);
    }
    expect(collector.changes()).toEqual([]);
  });
});
