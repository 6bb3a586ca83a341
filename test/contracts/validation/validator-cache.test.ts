import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/contracts/load.js';
import { child } from '../../../src/contracts/refs.js';
import type { Contract, Resolved } from '../../../src/contracts/types.js';
import { validatorCacheOf } from '../../../src/contracts/validation/validator-cache.js';
import { writeWorkspace } from '../../helpers/estate.js';

const FILES = {
  'api.yaml': `openapi: 3.0.3
info: {title: Catalog, version: '1'}
paths: {}
components:
  schemas:
    Category:
      type: object
      required: [name]
      properties:
        name: {type: string}
        parent: {$ref: '#/components/schemas/Category'}
        products: {type: array, items: {$ref: 'products.yaml#/Product'}}
    CategoryRef:
      $ref: '#/components/schemas/Category'
    Priced:
      type: object
      properties:
        price: {$ref: 'https://schemas.example.com/money.json'}
        sku: {type: string}
    Broken:
      $ref: '#/components/schemas/Missing'
`,
  'products.yaml': `Product:
  type: object
  required: [sku]
  properties:
    sku: {type: string}
    category: {$ref: 'api.yaml#/components/schemas/Category'}
`,
};

async function loadCatalog(): Promise<Contract> {
  const root = writeWorkspace(FILES);
  return loadContract(path.join(root, 'api.yaml'), { root });
}

function schemaAt(contract: Contract, name: string): Resolved {
  return child(child(child({ value: contract.source.data, file: contract.source, pointer: '' }, 'components'), 'schemas'), name);
}

describe('ValidatorCache', () => {
  it('follows circular refs across files', async () => {
    const contract = await loadCatalog();
    const validator = validatorCacheOf(contract, 'oas3_0').validatorFor(schemaAt(contract, 'Category'), 'plain')!;
    const valid = { name: 'Shoes', parent: { name: 'Apparel' }, products: [{ sku: 'S-1', category: { name: 'Shoes' } }] };
    const invalid = { name: 'Shoes', products: [{ sku: 'S-1', category: { parent: { name: 7 } } }] };

    expect(validator.validate(valid)).toEqual({ valid: true });
    const outcome = validator.validate(invalid);
    expect(outcome.valid).toBe(false);
    expect(outcome.valid === false && outcome.errors.map((error) => error.instancePath)).toEqual(['/products/0/category', '/products/0/category/parent/name']);
  });

  it('shares one validator through a plain $ref', async () => {
    const contract = await loadCatalog();
    const cache = validatorCacheOf(contract, 'oas3_0');
    expect(cache.validatorFor(schemaAt(contract, 'CategoryRef'), 'plain')!.key).toBe(cache.validatorFor(schemaAt(contract, 'Category'), 'plain')!.key);
  });

  it('separates example modes', async () => {
    const contract = await loadCatalog();
    const cache = validatorCacheOf(contract, 'oas3_0');
    expect(cache.validatorFor(schemaAt(contract, 'Category'), 'request')!.key).not.toBe(cache.validatorFor(schemaAt(contract, 'Category'), 'response')!.key);
  });

  it('skips values that reach a remote $ref', async () => {
    const contract = await loadCatalog();
    const validator = validatorCacheOf(contract, 'oas3_0').validatorFor(schemaAt(contract, 'Priced'), 'plain')!;
    expect(validator.validate({ sku: 'S-1', price: 5 })).toEqual({ valid: undefined });
    expect(validator.validate({ sku: 5 }).valid).toBe(false);
  });

  it('skips every value of a broken $ref', async () => {
    const contract = await loadCatalog();
    const validator = validatorCacheOf(contract, 'oas3_0').validatorFor(schemaAt(contract, 'Broken'), 'plain')!;
    expect(validator.validate({})).toEqual({ valid: undefined });
  });
});
