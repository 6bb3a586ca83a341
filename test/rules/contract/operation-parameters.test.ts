import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'operation-parameters';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  {
    name: 'same name and location twice',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      parameters:\n        - {name: status, in: query}\n        - $ref: '#/components/parameters/Status'\n      ${OK}\ncomponents:\n  parameters:\n    Status: {name: status, in: query}\n`,
    expected: [[RULE, 'duplicateParameter', '/paths/~1orders/get/parameters/1']],
  },
  {
    name: 'two bodies next to form data',
    files: `${OAS2}paths:\n  /orders:\n    post:\n      parameters:\n        - {name: order, in: body, schema: {type: object}}\n        - {name: note, in: body, schema: {type: string}}\n        - {name: file, in: formData, type: file}\n      ${OK}\n`,
    expected: [
      [RULE, 'bodyAndFormData', '/paths/~1orders/post/parameters'],
      [RULE, 'multipleBodies', '/paths/~1orders/post/parameters/1'],
    ],
  },
  {
    name: 'same name in two locations',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      parameters:\n        - {name: id, in: query}\n        - {name: id, in: header}\n      ${OK}\n`,
    expected: [],
  },
  {
    name: 'one body in 2.0',
    files: `${OAS2}paths:\n  /orders:\n    post:\n      parameters:\n        - {name: order, in: body, schema: {type: object}}\n        - {name: X-Request-Id, in: header, type: string}\n      ${OK}\n`,
    expected: [],
  },
]);
