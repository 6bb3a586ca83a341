import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-valid-media-example';

/** Returns a 2.0 document whose GET /stock 200 response has the given `examples` map. */
function stock(examples: string): string {
  return `${OAS2}paths:
  /stock:
    get:
      responses:
        '200':
          description: OK
          schema: {$ref: '#/definitions/Stock'}
          examples:
${examples}
definitions:
  Stock:
    type: object
    required: [sku, onHand]
    properties:
      sku: {type: string}
      onHand: {type: integer}
`;
}

describeContractRule(RULE, [
  {
    name: 'response example of wrong type',
    files: stock("            application/json: {sku: A-1, onHand: 'ten'}"),
    expected: [[RULE, 'invalid', '/paths/~1stock/get/responses/200/examples/application~1json']],
  },
  {
    name: 'each media type checked',
    files: stock('            application/json: {sku: A-1}\n            application/xml: []'),
    expected: [
      [RULE, 'invalid', '/paths/~1stock/get/responses/200/examples/application~1json'],
      [RULE, 'invalid', '/paths/~1stock/get/responses/200/examples/application~1xml'],
    ],
  },
  {
    name: 'valid response example',
    files: stock('            application/json: {sku: A-1, onHand: 10}'),
    expected: [],
  },
  {
    name: 'response without schema',
    files: `${OAS2}paths:\n  /stock:\n    get:\n      responses:\n        '200':\n          description: OK\n          examples:\n            application/json: {anything: true}\n`,
    expected: [],
  },
]);
