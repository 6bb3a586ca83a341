import { describeContractRule, OAS2, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'info-contact';

describeContractRule(RULE, [
  { name: 'missing in 3.1', files: `${OAS31}paths: {}\n`, expected: [[RULE, 'missingContact', '/info/contact']] },
  { name: 'missing in 2.0', files: `${OAS2}paths: {}\n`, expected: [[RULE, 'missingContact', '/info/contact']] },
  { name: 'present in 3.0', files: "openapi: 3.0.3\ninfo: {title: Orders, version: '1', contact: {name: Order team}}\npaths: {}\n", expected: [] },
  { name: 'present in 2.0', files: "swagger: '2.0'\ninfo: {title: Orders, version: '1', contact: {email: orders@retail.test}}\npaths: {}\n", expected: [] },
]);
