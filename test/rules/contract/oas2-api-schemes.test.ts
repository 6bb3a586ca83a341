import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-api-schemes';

describeContractRule(RULE, [
  { name: 'missing', files: `${OAS2}paths: {}\n`, expected: [[RULE, 'missingSchemes', '/schemes']] },
  { name: 'empty list', files: `${OAS2}schemes: []\npaths: {}\n`, expected: [[RULE, 'missingSchemes', '/schemes']] },
  { name: 'https', files: `${OAS2}schemes: [https]\npaths: {}\n`, expected: [] },
  { name: 'two schemes', files: `${OAS2}schemes: [https, wss]\npaths: {}\n`, expected: [] },
]);
