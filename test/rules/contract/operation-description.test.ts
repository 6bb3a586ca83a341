import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'operation-description';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  { name: 'missing in 3.0', files: `${OAS30}paths:\n  /orders:\n    get: {summary: List orders, ${OK}}\n`, expected: [[RULE, 'missingDescription', '/paths/~1orders/get']] },
  { name: 'empty in 2.0', files: `${OAS2}paths:\n  /orders:\n    get: {description: '', ${OK}}\n`, expected: [[RULE, 'missingDescription', '/paths/~1orders/get/description']] },
  { name: 'described', files: `${OAS30}paths:\n  /orders:\n    get: {description: Lists the orders of a store, ${OK}}\n`, expected: [] },
  { name: 'webhooks are not checked in 3.1', files: `${OAS31}webhooks:\n  orderCreated:\n    post: {${OK}}\n`, expected: [] },
]);
