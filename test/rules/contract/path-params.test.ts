import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'path-params';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  {
    name: 'undefined template parameter',
    files: `${OAS30}paths:\n  /orders/{orderId}:\n    get: {${OK}}\n`,
    expected: [[RULE, 'undefinedParameter', '/paths/~1orders~1{orderId}/get']],
  },
  {
    name: 'unused and optional path parameter in 2.0',
    files: `${OAS2}paths:\n  /orders:\n    get:\n      parameters:\n        - {name: orderId, in: path, type: string}\n      ${OK}\n`,
    expected: [
      [RULE, 'notRequired', '/paths/~1orders/get/parameters/0'],
      [RULE, 'unused', '/paths/~1orders/get/parameters/0'],
    ],
  },
  {
    name: 'equivalent paths and repeated name',
    files: `${OAS31}paths:\n  /orders/{id}:\n    parameters: [{name: id, in: path, required: true}]\n  /orders/{orderId}:\n    parameters: [{name: orderId, in: path, required: true}]\n  /stores/{id}/orders/{id}:\n    parameters: [{name: id, in: path, required: true}]\n`,
    expected: [
      [RULE, 'equivalentPaths', '/paths/~1orders~1{orderId}'],
      [RULE, 'repeatedName', '/paths/~1stores~1{id}~1orders~1{id}'],
    ],
  },
  {
    name: 'path parameter defined twice in one list',
    files: `${OAS30}paths:\n  /orders/{orderId}:\n    get:\n      parameters:\n        - {name: orderId, in: path, required: true}\n        - {name: orderId, in: path, required: true}\n      ${OK}\n`,
    expected: [[RULE, 'definedTwice', '/paths/~1orders~1{orderId}/get/parameters/1']],
  },
  {
    name: 'path-level parameter through $ref',
    files: `${OAS30}paths:\n  /orders/{orderId}:\n    parameters:\n      - $ref: '#/components/parameters/OrderId'\n    get: {${OK}}\ncomponents:\n  parameters:\n    OrderId: {name: orderId, in: path, required: true}\n`,
    expected: [],
  },
  {
    name: 'operation overrides path level with dotted name',
    files: `${OAS31}paths:\n  /orders/{order.id}:\n    parameters: [{name: order.id, in: path, required: true}]\n    get:\n      parameters: [{name: order.id, in: path, required: true, description: Order number}]\n      ${OK}\n`,
    expected: [],
  },
]);
