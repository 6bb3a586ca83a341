import { beforeAll, describe, expect, it } from 'vitest';
import { compareAt, idsOf, loadTopic, type ContractPair } from './helpers.js';

const schema = (name: string) => `/components/schemas/${name}`;

describe('maps, pattern properties and tuples', () => {
  let pair: ContractPair;
  beforeAll(async () => {
    pair = await loadTopic('containers');
  });

  it('compares the values of additional properties', () => {
    const changes = compareAt(pair, schema('Attributes'), 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-max-length-decreased']);
    expect(changes[0].message).toBe("maxLength of property 'Attributes.*' tightened from 50 to 40");
    expect(changes[0].revision?.pointer).toBe('/components/schemas/Attributes/additionalProperties/maxLength');
  });

  it('compares pattern properties with the same pattern', () => {
    const changes = compareAt(pair, schema('Labels'), 'response-body');
    expect(idsOf(changes)).toEqual(['response-body-type-changed']);
    expect(changes[0].message).toBe("type of property 'Labels./^x-/' changed from string to integer");
  });

  it('compares tuple positions one by one', () => {
    const changes = compareAt(pair, schema('StoreLocation'), 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-type-narrowed']);
    expect(changes[0].message).toBe("type of property 'StoreLocation[1]' narrowed from number to integer");
  });

  it('names items below a map by their full path', () => {
    const changes = compareAt(pair, schema('Facets'), 'model');
    expect(idsOf(changes)).toEqual(['model-enum-added']);
    expect(changes[0].message).toBe("each item of property 'Facets.*' was restricted to the values 'colour', 'size', 'material'");
  });
});
