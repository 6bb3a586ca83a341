import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-valid-schema-example';

describeContractRule(RULE, [
  {
    name: 'definition example breaks schema',
    files: `${OAS2}paths: {}\ndefinitions:\n  Stock:\n    type: object\n    required: [sku]\n    properties:\n      sku: {type: string}\n      onHand: {type: integer, minimum: 0}\n    example: {sku: A-1, onHand: -3}\n`,
    expected: [[RULE, 'invalid', '/definitions/Stock/example']],
  },
  {
    name: 'query parameter x-example and default',
    files: `${OAS2}paths:\n  /stock:\n    get:\n      parameters:\n        - {name: warehouse, in: query, type: string, enum: [north, south], x-example: east, default: west}\n      responses: {'200': {description: OK}}\n`,
    expected: [[RULE, 'invalid', '/paths/~1stock/get/parameters/0/x-example'], [RULE, 'invalid', '/paths/~1stock/get/parameters/0/default']],
  },
  {
    name: 'x-nullable admits null',
    files: `${OAS2}paths: {}\ndefinitions:\n  Stock:\n    type: object\n    properties:\n      reservedUntil: {type: string, format: date-time, x-nullable: true}\n    example: {reservedUntil: null}\n`,
    expected: [],
  },
  {
    name: 'required parameter flag is no schema keyword',
    files: `${OAS2}paths:\n  /stock/{sku}:\n    get:\n      parameters:\n        - {name: sku, in: path, required: true, type: string, x-example: A-1}\n      responses: {'200': {description: OK}}\n`,
    expected: [],
  },
]);
