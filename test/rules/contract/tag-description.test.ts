import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'tag-description';

describeContractRule(RULE, [
  { name: 'missing in 3.0', files: `${OAS30}tags: [{name: orders, description: Orders}, {name: returns}]\npaths: {}\n`, expected: [[RULE, 'missingDescription', '/tags/1']] },
  { name: 'empty in 2.0', files: `${OAS2}tags: [{name: orders, description: ''}]\npaths: {}\n`, expected: [[RULE, 'missingDescription', '/tags/0/description']] },
  { name: 'described', files: `${OAS30}tags: [{name: orders, description: Order capture and changes}]\npaths: {}\n`, expected: [] },
  { name: 'no tags', files: `${OAS2}paths: {}\n`, expected: [] },
]);
