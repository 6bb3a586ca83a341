import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'openapi-tags-alphabetical';

describeContractRule(RULE, [
  { name: 'unsorted in 3.0', files: `${OAS30}tags: [{name: returns}, {name: orders}, {name: refunds}]\npaths: {}\n`, expected: [[RULE, 'unsorted', '/tags/1/name']] },
  { name: 'unsorted in 2.0', files: `${OAS2}tags: [{name: Orders}, {name: inventory}]\npaths: {}\n`, expected: [[RULE, 'unsorted', '/tags/1/name']] },
  { name: 'sorted regardless of case', files: `${OAS30}tags: [{name: inventory}, {name: Orders}, {name: returns}]\npaths: {}\n`, expected: [] },
  { name: 'no tags', files: `${OAS2}paths: {}\n`, expected: [] },
]);
