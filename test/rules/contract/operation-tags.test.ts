import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'operation-tags';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  { name: 'missing in 3.0', files: `${OAS30}paths:\n  /orders:\n    get: {${OK}}\n`, expected: [[RULE, 'missingTags', '/paths/~1orders/get']] },
  { name: 'empty in 2.0', files: `${OAS2}paths:\n  /orders:\n    get: {tags: [], ${OK}}\n`, expected: [[RULE, 'missingTags', '/paths/~1orders/get/tags']] },
  { name: 'tagged in 3.0', files: `${OAS30}paths:\n  /orders:\n    get: {tags: [orders], ${OK}}\n`, expected: [] },
  { name: 'tagged in 2.0', files: `${OAS2}paths:\n  /orders:\n    get: {tags: [orders], ${OK}}\n`, expected: [] },
]);
