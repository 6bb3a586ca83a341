import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'array-items';

describeContractRule(RULE, [
  { name: '3.0 property without items', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Order:\n      type: object\n      properties:\n        lines: {type: array}\n`, expected: [[RULE, 'missingItems', '/components/schemas/Order/properties/lines']] },
  { name: '2.0 query parameter without items', files: `${OAS2}paths:\n  /orders:\n    get:\n      parameters:\n        - {name: ids, in: query, type: array}\n      responses: {'200': {description: OK}}\n`, expected: [[RULE, 'missingItems', '/paths/~1orders/get/parameters/0']] },
  { name: '3.0 array with items', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Lines: {type: array, items: {type: string}}\n`, expected: [] },
  { name: '3.1 array without items allowed', files: `${OAS31}components:\n  schemas:\n    Lines: {type: array}\n`, expected: [] },
  { name: 'example data ignored', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Meta:\n      type: object\n      example: {type: array}\n`, expected: [] },
]);
