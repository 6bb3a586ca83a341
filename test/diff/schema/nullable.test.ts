import { beforeAll, describe, expect, it } from 'vitest';
import { compareAt, idsOf, loadTopic, type ContractPair } from './helpers.js';

const schema = (name: string) => `/components/schemas/${name}`;

describe('nullable and $ref equivalences', () => {
  let pair: ContractPair;
  beforeAll(async () => {
    pair = await loadTopic('nullable');
  });

  it('reads OpenAPI 3.0 nullable and a 3.1 null type as the same', () => {
    expect(compareAt(pair, schema('GiftMessage'), 'response-body')).toEqual([]);
  });

  it('equates nullable allOf and null anyOf branch', () => {
    expect(compareAt(pair, schema('ShippingAddress'), 'response-body')).toEqual([]);
  });

  it('reads boolean and numeric exclusive bounds as the same', () => {
    expect(compareAt(pair, schema('Discount'), 'request-body')).toEqual([]);
  });

  it('reports nullable removed from a 3.1 type list', () => {
    const changes = compareAt(pair, schema('Quantity'), 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-nullable-removed']);
    expect(changes[0].base?.pointer).toBe('/components/schemas/Quantity/nullable');
    expect(changes[0].revision?.pointer).toBe('/components/schemas/Quantity/type');
  });

  it('reports null added to a type list as nullable added', () => {
    const changes = compareAt(pair, schema('Note'), 'response-body');
    expect(idsOf(changes)).toEqual(['response-body-nullable-added']);
    expect(changes[0].level).toBe('breaking');
    expect(changes[0].message).toBe("schema 'Note' became nullable");
  });

  it('equates inline schema and equal $ref', () => {
    expect(compareAt(pair, schema('PickupAddress'), 'request-body')).toEqual([]);
    expect(compareAt(pair, schema('Coupon'), 'request-body')).toEqual([]);
    expect(compareAt(pair, schema('Address'), 'request-body', { revisionPointer: schema('PickupAddress') })).toEqual([]);
  });

  it('reads OpenAPI 2.0 x-nullable like the other two forms', async () => {
    const swagger = await loadTopic('swagger');
    expect(compareAt(swagger, '/definitions/StockLevel', 'response-body', { revisionPointer: schema('StockLevel') })).toEqual([]);
  });
});
