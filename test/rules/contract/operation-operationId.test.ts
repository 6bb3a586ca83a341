import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'operation-operationId';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  { name: 'missing in 3.0', files: `${OAS30}paths:\n  /orders:\n    get: {${OK}}\n    post: {operationId: createOrder, ${OK}}\n`, expected: [[RULE, 'missingOperationId', '/paths/~1orders/get']] },
  {
    name: 'missing in a referenced path item',
    files: { 'api.yaml': `${OAS2}paths:\n  /orders:\n    $ref: 'paths.yaml#/orders'\n`, 'paths.yaml': `orders:\n  get: {${OK}}\n` },
    expected: [[RULE, 'missingOperationId', '/orders/get']],
  },
  { name: 'present in 3.0', files: `${OAS30}paths:\n  /orders:\n    get: {operationId: listOrders, ${OK}}\n`, expected: [] },
  { name: 'present in 2.0', files: `${OAS2}paths:\n  /orders:\n    get: {operationId: listOrders, ${OK}}\n`, expected: [] },
]);
