import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-valid-schema-example';

const ORDER_30 = `${OAS30}paths: {}
components:
  schemas:
    Money:
      type: object
      required: [amount, currency]
      properties:
        amount: {type: integer}
        currency: {type: string, minLength: 3, maxLength: 3}
    Order:
      type: object
      required: [id, total]
      properties:
        id: {type: string, readOnly: true}
        total: {$ref: '#/components/schemas/Money'}
        note: {type: string, nullable: true}
        parent:
          nullable: true
          allOf: [{$ref: '#/components/schemas/Order'}]
`;

describeContractRule(RULE, [
  {
    name: '3.0 example breaks referenced schema',
    files: `${ORDER_30}      example: {id: o-1, total: {amount: 1200, currency: 978}}\n`,
    expected: [[RULE, 'invalid', '/components/schemas/Order/example']],
  },
  {
    name: '3.0 plain example needs readOnly property',
    files: `${ORDER_30}      example: {total: {amount: 1200, currency: EUR}}\n`,
    expected: [[RULE, 'invalid', '/components/schemas/Order/example']],
  },
  {
    name: '3.0 default of wrong type',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Qty: {type: integer, default: 'one'}\n`,
    expected: [[RULE, 'invalid', '/components/schemas/Qty/default']],
  },
  {
    name: '3.0 property example and object example',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Line:\n      type: object\n      properties:\n        qty: {type: integer, minimum: 1, example: 0}\n      example: {qty: 0}\n`,
    expected: [[RULE, 'invalid', '/components/schemas/Line/properties/qty/example'], [RULE, 'invalid', '/components/schemas/Line/example']],
  },
  {
    name: '3.1 examples array item invalid',
    files: `${OAS31}components:\n  schemas:\n    Sku:\n      type: [string, 'null']\n      pattern: '^[A-Z]+-[0-9]+$'\n      examples: [ABC-1, null, abc]\n`,
    expected: [[RULE, 'invalid', '/components/schemas/Sku/examples/2']],
  },
  {
    name: '3.0 nullable allOf and circular ref valid',
    files: `${ORDER_30}      example: {id: o-2, total: {amount: 5, currency: EUR}, note: null, parent: {id: o-1, total: {amount: 1, currency: EUR}, parent: null}}\n`,
    expected: [],
  },
  {
    name: '3.0 exclusiveMinimum boolean valid',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Price: {type: number, minimum: 0, exclusiveMinimum: true, example: 0.5}\n`,
    expected: [],
  },
  {
    name: '3.1 type array with null valid',
    files: `${OAS31}components:\n  schemas:\n    Note: {type: [string, 'null'], examples: [hello, null], default: null}\n`,
    expected: [],
  },
  {
    name: '3.0 x-example is no example',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Qty: {type: integer, x-example: many}\n`,
    expected: [],
  },
  {
    name: 'unknown format ignored',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Gtin: {type: string, format: gtin-14, example: '00012345678905'}\n`,
    expected: [],
  },
  {
    name: 'broken $ref skipped',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Order:\n      properties:\n        total: {$ref: '#/components/schemas/Missing'}\n      example: {total: 5}\n`,
    expected: [],
  },
  {
    name: 'remote $ref skipped',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Order:\n      properties:\n        total: {$ref: 'https://schemas.example.com/money.json'}\n      example: {total: 5}\n`,
    expected: [],
  },
  {
    name: 'schema in another file',
    files: {
      'api.yaml': `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Order:\n      properties:\n        total: {$ref: 'common.yaml#/Money'}\n      example: {total: {amount: '12'}}\n`,
      'common.yaml': 'Money:\n  type: object\n  properties:\n    amount: {type: integer}\n',
    },
    expected: [[RULE, 'invalid', '/components/schemas/Order/example']],
  },
]);
