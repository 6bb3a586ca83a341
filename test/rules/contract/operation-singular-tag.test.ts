import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'operation-singular-tag';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  { name: 'two tags in 3.0', files: `${OAS30}paths:\n  /orders:\n    get: {tags: [orders, reporting], ${OK}}\n`, expected: [[RULE, 'multipleTags', '/paths/~1orders/get/tags']] },
  { name: 'three tags in 2.0', files: `${OAS2}paths:\n  /orders:\n    get: {tags: [a, b, c], ${OK}}\n`, expected: [[RULE, 'multipleTags', '/paths/~1orders/get/tags']] },
  { name: 'one tag', files: `${OAS30}paths:\n  /orders:\n    get: {tags: [orders], ${OK}}\n`, expected: [] },
  { name: 'no tags', files: `${OAS2}paths:\n  /orders:\n    get: {${OK}}\n`, expected: [] },
]);
