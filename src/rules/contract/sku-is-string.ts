import { child } from '../../contracts/refs.js';
import type { ContractRule } from '../types.js';
import { isPlainObject, retailIndex } from './retail/schema-index.js';
import { elementSchema, resolveValue, schemaTypes } from './retail/schemas.js';
import { singular, splitWords } from './retail/words.js';

/** Last words of product code properties: `sku`, `gtin`, `ean13`, `EanUpc`, `variant_barcode`, `skus`. */
const PRODUCT_CODES = new Set([
  'sku', 'gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14', 'ean', 'ean8', 'ean13', 'upc', 'isbn', 'isbn10', 'isbn13', 'jan',
  'mpn', 'asin', 'barcode',
]);

const CODE_HINT = /sku|gtin|ean|upc|isbn|jan|mpn|asin|barcode/i;

export const rule: ContractRule = {
  id: 'sku-is-string',
  scope: 'contract',
  meta: {
    description: 'Product codes (SKU, GTIN, EAN, UPC, ISBN, JAN, MPN, ASIN, barcode) are strings in contract schemas, never integers or numbers.',
    why: 'A numeric product code loses its leading zeros, so UPC 012345678905 arrives as 12345678905, the WMS finds no such article and the marketplace listing ships nothing.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1', 'asyncapi2', 'asyncapi3'],
    rulesets: ['retail'],
  },
  messages: {
    numericCode:
      "product code '{{property}}' of {{schema}} is typed {{type}}, which drops leading zeros; make it a string, with a pattern such as '^[0-9]{8,14}$' for GTINs",
  },
  check({ contract, report }) {
    for (const schema of retailIndex(contract).objectSchemas) {
      const properties = schema.node.value.properties;
      if (!isPlainObject(properties)) continue;
      for (const name of Object.keys(properties)) {
        // Most names contain no code word at all; this test spares them the word split.
        if (!CODE_HINT.test(name)) continue;
        const words = splitWords(name);
        if (words.length === 0 || !PRODUCT_CODES.has(singular(words[words.length - 1]))) continue;
        const target = resolveValue(contract, properties[name], schema.node.file);
        if (target === undefined) continue;
        const element = elementSchema(contract, { ...target, pointer: '' });
        const numeric = schemaTypes(contract, element).find((type) => type === 'integer' || type === 'number');
        if (numeric === undefined) continue;
        report({
          messageId: 'numericCode',
          data: { property: name, schema: schema.label, type: numeric },
          location: { file: schema.node.file.path, pointer: child(child(schema.node, 'properties'), name).pointer },
        });
      }
    }
  },
};
