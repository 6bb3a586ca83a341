import { beforeAll, describe, expect, it } from 'vitest';
import { compareAt, compareWithItself, idsOf, loadTopic, type ContractPair } from './helpers.js';

const schema = (name: string) => `/components/schemas/${name}`;

describe('allOf, oneOf and anyOf', () => {
  let pair: ContractPair;
  beforeAll(async () => {
    pair = await loadTopic('composition');
  });

  it('reads a property moved into an allOf branch as unchanged', () => {
    expect(compareAt(pair, schema('FlatOrder'), 'request-body')).toEqual([]);
    expect(compareAt(pair, schema('FlatOrder'), 'response-body')).toEqual([]);
  });

  it('compares properties merged from allOf branches', () => {
    const changes = compareAt(pair, schema('ReturnRequest'), 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-max-length-decreased']);
    expect(changes[0].message).toBe("maxLength of property 'ReturnRequest.reason' tightened from unlimited to 200");
    expect(changes[0].revision?.pointer).toBe('/components/schemas/ReturnRequest/allOf/1/properties/reason/maxLength');
  });

  it('compares a branch the same way under allOf, oneOf and anyOf', () => {
    for (const name of ['TenderAllOf', 'TenderOneOf', 'TenderAnyOf']) {
      const changes = compareAt(pair, schema(name), 'request-body');
      expect(idsOf(changes), name).toEqual(['request-body-required-property-added']);
      expect(changes[0].message, name).toBe("required property 'Tender.tenderType' was added");
      expect(changes[0].revision?.pointer, name).toBe('/components/schemas/Tender/properties/tenderType');
    }
  });

  it('matches renamed branches by discriminator value', () => {
    expect(compareAt(pair, schema('PaymentByMapping'), 'response-body')).toEqual([]);
  });

  it('matches inline branches by title', () => {
    const changes = compareAt(pair, schema('PaymentByTitle'), 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-max-length-decreased']);
    expect(changes[0].base?.pointer).toBe('/components/schemas/PaymentByTitle/oneOf/1/properties/voucherCode');
    expect(changes[0].revision?.pointer).toBe('/components/schemas/PaymentByTitle/oneOf/0/properties/voucherCode/maxLength');
  });

  it('matches untitled branches by content and reports the new one', () => {
    const changes = compareAt(pair, schema('PaymentByShape'), 'response-body');
    expect(idsOf(changes)).toEqual(['response-body-one-of-branch-added']);
    expect(changes[0].message).toBe("oneOf branch #3 was added to schema 'PaymentByShape'");
    expect(changes[0].level).toBe('warning');
    expect(changes[0].base?.pointer).toBe('/components/schemas/PaymentByShape/oneOf');
    expect(changes[0].revision?.pointer).toBe('/components/schemas/PaymentByShape/oneOf/2');
  });

  it('reads a schema wrapped in a oneOf as one branch of it', () => {
    const changes = compareAt(pair, schema('Wrapped'), 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-one-of-branch-added']);
    expect(changes[0].message).toBe("oneOf branch 'GiftCard' was added to schema 'Wrapped'");
  });

  it('finds nothing when a composed schema meets itself', () => {
    for (const name of ['FlatOrder', 'TenderOneOf', 'TenderAnyOf', 'PaymentByMapping', 'PaymentByTitle', 'PaymentByShape', 'Wrapped']) {
      expect(compareWithItself(pair.base, schema(name), 'model'), name).toEqual([]);
      expect(compareWithItself(pair.revision, schema(name), 'model'), name).toEqual([]);
    }
  });
});
