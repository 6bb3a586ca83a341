import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'sku-is-string';
const ASYNC3 = "asyncapi: 3.0.0\ninfo: {title: Product events, version: '1'}\n";

describeContractRule(RULE, [
  {
    name: '3.1 integer EAN',
    files: `${OAS31}components:
  schemas:
    SaleItem:
      type: object
      properties:
        EanUpc: {type: integer}
`,
    expected: [[RULE, 'numericCode', '/components/schemas/SaleItem/properties/EanUpc']],
  },
  {
    name: '2.0 number sku through a reference',
    files: `${OAS2}paths: {}
definitions:
  Sku: {type: number}
  Line:
    type: object
    properties:
      sku: {$ref: '#/definitions/Sku'}
`,
    expected: [[RULE, 'numericCode', '/definitions/Line/properties/sku']],
  },
  {
    name: '3.0 array of integer GTINs',
    files: `${OAS30}paths: {}
components:
  schemas:
    Bundle:
      type: object
      properties:
        gtins: {type: array, items: {type: integer, format: int64}}
`,
    expected: [[RULE, 'numericCode', '/components/schemas/Bundle/properties/gtins']],
  },
  {
    name: 'asyncapi 3 payload barcode',
    files: `${ASYNC3}channels:
  productChanged:
    address: product.changed
    messages:
      productChanged:
        payload:
          type: object
          properties:
            barcode: {type: integer}
`,
    expected: [[RULE, 'numericCode', '/channels/productChanged/messages/productChanged/payload/properties/barcode']],
  },
  {
    name: 'string codes pass',
    files: `${OAS30}paths: {}
components:
  schemas:
    Product:
      type: object
      properties:
        sku: {type: string}
        gtin: {type: string, pattern: '^[0-9]{8,14}$'}
        variantBarcode: {type: [string, 'null']}
`,
    expected: [],
  },
  {
    name: 'numeric surrogate ids pass',
    files: `${OAS30}paths: {}
components:
  schemas:
    Stock:
      type: object
      properties:
        skuId: {type: integer}
        productId: {type: integer}
        skuCount: {type: integer}
`,
    expected: [],
  },
]);
