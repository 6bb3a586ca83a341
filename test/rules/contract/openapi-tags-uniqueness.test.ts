import { describeContractRule, OAS2, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'openapi-tags-uniqueness';

describeContractRule(RULE, [
  { name: 'duplicate in 3.1', files: `${OAS31}tags: [{name: orders}, {name: returns}, {name: orders}]\npaths: {}\n`, expected: [[RULE, 'duplicateTag', '/tags/2/name']] },
  { name: 'duplicate in 2.0', files: `${OAS2}tags: [{name: orders}, {name: orders, description: Orders}]\npaths: {}\n`, expected: [[RULE, 'duplicateTag', '/tags/1/name']] },
  { name: 'unique names', files: `${OAS31}tags: [{name: orders}, {name: Orders}]\npaths: {}\n`, expected: [] },
  { name: 'no tags', files: `${OAS2}paths: {}\n`, expected: [] },
]);
