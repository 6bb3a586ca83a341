import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'operation-success-response';

describeContractRule(RULE, [
  {
    name: 'only error responses in 3.0',
    files: `${OAS30}paths:\n  /orders:\n    post:\n      responses:\n        '400': {description: Invalid}\n        default: {description: Error}\n`,
    expected: [[RULE, 'noSuccessResponse', '/paths/~1orders/post/responses']],
  },
  {
    name: 'range 2XX does not count in 2.0',
    files: `${OAS2}paths:\n  /orders:\n    get:\n      responses:\n        2XX: {description: OK}\n`,
    expected: [[RULE, 'noSuccessResponse', '/paths/~1orders/get/responses']],
  },
  {
    name: 'redirect counts as success',
    files: `${OAS2}paths:\n  /orders:\n    get:\n      responses:\n        '302': {description: Moved}\n`,
    expected: [],
  },
  {
    name: 'range 2XX counts in 3.0',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      responses:\n        2XX: {description: OK}\n`,
    expected: [],
  },
  {
    name: 'responses may be left out in 3.1',
    files: `${OAS31}paths:\n  /orders:\n    get:\n      summary: List orders\n`,
    expected: [],
  },
]);
