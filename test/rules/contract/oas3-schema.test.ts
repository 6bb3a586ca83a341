import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-schema';

describeContractRule(RULE, [
  { name: '3.0 missing paths', files: OAS30, expected: [[RULE, 'invalid', '']] },
  { name: '3.0 unknown member', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Order: {type: object, const: 1}\n`, expected: [[RULE, 'invalid', '/components/schemas/Order/const']] },
  {
    name: '3.0 parameter location named once',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      parameters:\n        - {name: sort, in: body, schema: {type: string}}\n      responses: {'200': {description: OK}}\n`,
    expected: [[RULE, 'invalid', '/paths/~1orders/get/parameters/0/in']],
  },
  { name: '3.1 server without url', files: `${OAS31}servers:\n  - description: production\npaths: {}\n`, expected: [[RULE, 'invalid', '/servers/0']] },
  { name: '3.0 valid document', files: `${OAS30}paths:\n  /orders:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/Limit'\n      responses: {'200': {description: OK}}\ncomponents:\n  parameters:\n    Limit: {name: limit, in: query, schema: {type: integer}}\n`, expected: [] },
  {
    name: '3.1 webhooks only with templated server and relative refs',
    files: `${OAS31}servers:\n  - url: 'https://{region}.example.com/v1'\n    variables:\n      region: {default: eu}\nwebhooks:\n  orderCreated:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Order'}\n      responses: {'200': {description: OK}}\ncomponents:\n  schemas:\n    Order: {type: [object, 'null'], examples: [{}]}\n`,
    expected: [],
  },
]);
