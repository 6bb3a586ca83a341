import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'openapi-tags';

describeContractRule(RULE, [
  { name: 'missing in 3.0', files: `${OAS30}paths: {}\n`, expected: [[RULE, 'missingTags', '/tags']] },
  { name: 'empty in 2.0', files: `${OAS2}tags: []\npaths: {}\n`, expected: [[RULE, 'missingTags', '/tags']] },
  { name: 'declared in 3.0', files: `${OAS30}tags: [{name: orders}]\npaths: {}\n`, expected: [] },
  { name: 'declared in 2.0', files: `${OAS2}tags: [{name: orders, description: Orders}]\npaths: {}\n`, expected: [] },
]);
