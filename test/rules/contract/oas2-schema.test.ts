import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-schema';

describeContractRule(RULE, [
  { name: 'missing paths', files: OAS2, expected: [[RULE, 'invalid', '']] },
  { name: 'oneOf is no 2.0 keyword', files: `${OAS2}paths: {}\ndefinitions:\n  Pet:\n    oneOf: [{type: string}]\n`, expected: [[RULE, 'invalid', '/definitions/Pet/oneOf']] },
  {
    name: 'body parameter without schema',
    files: `${OAS2}paths:\n  /orders:\n    post:\n      parameters:\n        - {name: order, in: body}\n      responses: {'201': {description: Created}}\n`,
    expected: [[RULE, 'invalid', '/paths/~1orders/post/parameters/0']],
  },
  { name: 'valid document', files: `${OAS2}paths:\n  /orders:\n    get:\n      parameters:\n        - {name: limit, in: query, type: integer, maximum: 100, exclusiveMaximum: true}\n      responses: {'200': {description: OK, schema: {type: array, items: {$ref: '#/definitions/Order'}}}}\ndefinitions:\n  Order: {type: object, x-nullable: true}\n`, expected: [] },
  { name: 'extensions allowed', files: `${OAS2}x-owner: oms-team\npaths:\n  x-internal: true\n`, expected: [] },
]);
