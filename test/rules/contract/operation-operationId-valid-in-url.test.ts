import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'operation-operationId-valid-in-url';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  { name: 'space in 3.0', files: `${OAS30}paths:\n  /orders:\n    get: {operationId: list orders, ${OK}}\n`, expected: [[RULE, 'invalidCharacters', '/paths/~1orders/get/operationId']] },
  { name: 'braces in 2.0', files: `${OAS2}paths:\n  /orders:\n    get: {operationId: 'orders{list}', ${OK}}\n`, expected: [[RULE, 'invalidCharacters', '/paths/~1orders/get/operationId']] },
  { name: 'camel case', files: `${OAS30}paths:\n  /orders:\n    get: {operationId: listOrders, ${OK}}\n`, expected: [] },
  { name: 'reserved characters', files: `${OAS2}paths:\n  /orders:\n    get: {operationId: 'Orders_List-v2.1:get', ${OK}}\n`, expected: [] },
]);
