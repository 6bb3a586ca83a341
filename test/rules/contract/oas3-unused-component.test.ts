import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-unused-component';
const USE = "paths:\n  /orders:\n    get:\n      parameters: [{$ref: '#/components/parameters/Limit'}]\n      responses:\n        '200': {$ref: '#/components/responses/Orders'}\n";

describeContractRule(RULE, [
  {
    name: 'unused schema and parameter in 3.0',
    files: `${OAS30}${USE}components:\n  parameters:\n    Limit: {name: limit, in: query}\n    Offset: {name: offset, in: query}\n  responses:\n    Orders: {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}\n  schemas:\n    Order: {type: object}\n    Draft: {type: object}\n`,
    expected: [
      [RULE, 'unusedComponent', '/components/parameters/Offset'],
      [RULE, 'unusedComponent', '/components/schemas/Draft'],
    ],
  },
  {
    name: 'unused path item in 3.1',
    files: `${OAS31}webhooks:\n  orderCreated: {$ref: '#/components/pathItems/OrderCreated'}\ncomponents:\n  pathItems:\n    OrderCreated: {post: {responses: {'200': {description: OK}}}}\n    OrderCancelled: {post: {responses: {'200': {description: OK}}}}\n`,
    expected: [[RULE, 'unusedComponent', '/components/pathItems/OrderCancelled']],
  },
  {
    name: 'discriminator mapping and extension count as uses',
    files: `${OAS30}paths:\n  /payments:\n    get:\n      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema:\n                oneOf: [{$ref: '#/components/schemas/Card'}]\n                discriminator: {propertyName: method, mapping: {card: Card, wallet: '#/components/schemas/Wallet'}}\n              x-sample: {$ref: '#/components/examples/Sample'}\ncomponents:\n  schemas:\n    Card: {type: object}\n    Wallet: {type: object}\n  examples:\n    Sample: {value: {}}\n`,
    expected: [],
  },
  {
    name: 'security schemes are named, not referenced',
    files: `${OAS31}paths: {}\ncomponents:\n  securitySchemes:\n    bearer: {type: http, scheme: bearer}\n`,
    expected: [],
  },
]);
