import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'no-eval-in-markdown';

describeContractRule(RULE, [
  {
    name: 'eval in an operation description',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      description: 'Lists orders. <img src=x onerror="eval(atob(1))">'\n      responses: {'200': {description: OK}}\n`,
    expected: [[RULE, 'evalInMarkdown', '/paths/~1orders/get/description']],
  },
  {
    name: 'eval in a schema title in 2.0',
    files: `${OAS2}paths: {}\ndefinitions:\n  Order:\n    type: object\n    properties:\n      id: {type: string, title: 'eval(1)'}\n`,
    expected: [[RULE, 'evalInMarkdown', '/definitions/Order/properties/id/title']],
  },
  {
    name: 'plain descriptions',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      description: Lists orders of the store, evaluated nightly.\n      responses: {'200': {description: OK}}\n`,
    expected: [],
  },
  {
    name: 'example data is not text',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Note:\n      type: object\n      example: {description: 'eval(1)'}\n`,
    expected: [],
  },
]);
