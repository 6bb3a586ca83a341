import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'info-license';

describeContractRule(RULE, [
  { name: 'missing in 3.0', files: `${OAS30}paths: {}\n`, expected: [[RULE, 'missingLicense', '/info/license']] },
  { name: 'missing in 2.0', files: `${OAS2}paths: {}\n`, expected: [[RULE, 'missingLicense', '/info/license']] },
  { name: 'present in 3.0', files: "openapi: 3.0.3\ninfo: {title: Orders, version: '1', license: {name: Proprietary}}\npaths: {}\n", expected: [] },
  { name: 'identifier in 3.1', files: "openapi: 3.1.0\ninfo: {title: Orders, version: '1', license: {name: MIT, identifier: MIT}}\npaths: {}\n", expected: [] },
]);
