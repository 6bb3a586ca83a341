import { beforeAll, describe, expect, it } from 'vitest';
import { compareAt, idsOf, loadTopic, type ContractPair } from './helpers.js';

const schema = (name: string) => `/components/schemas/${name}`;

describe('edits that are not changes', () => {
  let pair: ContractPair;
  beforeAll(async () => {
    pair = await loadTopic('equivalences');
  });

  const unchanged: Array<[string, string]> = [
    ['Sku', 'description, title and example edits'],
    ['OrderStatus', 'reordered enum values'],
    ['Refund', 'reordered required names and properties'],
    ['LineCount', 'minItems 0 added'],
    ['Channel', 'a one-value enum written as const'],
    ['UntypedStatus', 'a type matching the enum values'],
    ['Money', 'type object stated for a schema with properties'],
  ];
  for (const [name, edit] of unchanged) {
    it(`ignores ${edit}`, () => {
      for (const context of ['request-body', 'response-body', 'model'] as const) {
        expect(compareAt(pair, schema(name), context), context).toEqual([]);
      }
    });
  }

  it('reads int32 to int64 as a wider type', () => {
    const changes = compareAt(pair, schema('Counter'), 'response-body');
    expect(idsOf(changes)).toEqual(['response-body-type-widened']);
    expect(changes[0].message).toBe("type of schema 'Counter' widened from integer (int32) to integer (int64)");
    expect(idsOf(compareAt(pair, schema('Counter'), 'request-body'))).toEqual(['request-body-type-widened']);
  });

  it('reads a type added to a 3.1 type list as a wider type', () => {
    const changes = compareAt(pair, schema('Identifier'), 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-type-widened']);
    expect(changes[0].message).toBe("type of schema 'Identifier' widened from string to integer or string");
    expect(changes[0].level).toBe('info');
  });

  it('ignores a read-only property in requests but not in responses', () => {
    expect(compareAt(pair, schema('ReturnLine'), 'request-body')).toEqual([]);
    expect(idsOf(compareAt(pair, schema('ReturnLine'), 'response-body'))).toEqual(['response-body-optional-property-removed']);
  });

  it('ignores a write-only property in responses but not in requests', () => {
    expect(compareAt(pair, schema('PaymentIntent'), 'response-body')).toEqual([]);
    expect(idsOf(compareAt(pair, schema('PaymentIntent'), 'request-body'))).toEqual(['request-body-required-property-added']);
  });
});
