import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'operation-operationId-unique';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  {
    name: 'same id on two paths',
    files: `${OAS30}paths:\n  /orders:\n    get: {operationId: listOrders, ${OK}}\n  /returns:\n    get: {operationId: listOrders, ${OK}}\n`,
    expected: [[RULE, 'duplicateOperationId', '/paths/~1returns/get/operationId']],
  },
  {
    name: 'webhook reuses a path operation id',
    files: `${OAS31}paths:\n  /orders:\n    post: {operationId: orderCreated, ${OK}}\nwebhooks:\n  orderCreated:\n    post: {operationId: orderCreated, ${OK}}\n`,
    expected: [[RULE, 'duplicateOperationId', '/webhooks/orderCreated/post/operationId']],
  },
  {
    name: 'distinct ids in 2.0',
    files: `${OAS2}paths:\n  /orders:\n    get: {operationId: listOrders, ${OK}}\n    post: {operationId: createOrder, ${OK}}\n`,
    expected: [],
  },
  {
    name: 'one operation reached from two paths',
    files: {
      'api.yaml': `${OAS30}paths:\n  /orders:\n    $ref: 'paths.yaml#/orders'\n  /v2/orders:\n    $ref: 'paths.yaml#/orders'\n`,
      'paths.yaml': `orders:\n  get: {operationId: listOrders, ${OK}}\n`,
    },
    expected: [],
  },
]);
