import { describeContractRule, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-parameter-description';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  {
    name: 'inline parameter',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      parameters: [{name: status, in: query, schema: {type: string}}]\n      ${OK}\n`,
    expected: [[RULE, 'missingDescription', '/paths/~1orders/get/parameters/0']],
  },
  {
    name: 'reusable parameter reported once',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      parameters: [{$ref: '#/components/parameters/Limit'}]\n      ${OK}\n  /returns:\n    get:\n      parameters: [{$ref: '#/components/parameters/Limit'}]\n      ${OK}\ncomponents:\n  parameters:\n    Limit: {name: limit, in: query, schema: {type: integer}}\n`,
    expected: [[RULE, 'missingDescription', '/components/parameters/Limit']],
  },
  {
    name: 'described parameter',
    files: `${OAS30}paths:\n  /orders:\n    parameters: [{name: storeId, in: header, description: Store number, schema: {type: string}}]\n    get: {${OK}}\n`,
    expected: [],
  },
  { name: 'no parameters', files: `${OAS30}paths:\n  /orders:\n    get: {${OK}}\n`, expected: [] },
]);
