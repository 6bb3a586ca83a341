import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-parameter-description';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  {
    name: 'inline parameter',
    files: `${OAS2}paths:\n  /orders:\n    get:\n      parameters: [{name: status, in: query, type: string}]\n      ${OK}\n`,
    expected: [[RULE, 'missingDescription', '/paths/~1orders/get/parameters/0']],
  },
  {
    name: 'reusable parameter reported once',
    files: `${OAS2}paths:\n  /orders:\n    get:\n      parameters: [{$ref: '#/parameters/Limit'}]\n      ${OK}\n  /returns:\n    get:\n      parameters: [{$ref: '#/parameters/Limit'}]\n      ${OK}\nparameters:\n  Limit: {name: limit, in: query, type: integer}\n`,
    expected: [[RULE, 'missingDescription', '/parameters/Limit']],
  },
  {
    name: 'described parameter',
    files: `${OAS2}paths:\n  /orders:\n    parameters: [{name: storeId, in: header, description: Store number, type: string}]\n    get: {${OK}}\n`,
    expected: [],
  },
  { name: 'no parameters', files: `${OAS2}paths:\n  /orders:\n    get: {${OK}}\n`, expected: [] },
]);
