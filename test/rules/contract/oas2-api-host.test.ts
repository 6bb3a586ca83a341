import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-api-host';

describeContractRule(RULE, [
  { name: 'missing', files: `${OAS2}paths: {}\n`, expected: [[RULE, 'missingHost', '/host']] },
  { name: 'empty', files: `${OAS2}host: ''\npaths: {}\n`, expected: [[RULE, 'missingHost', '/host']] },
  { name: 'present', files: `${OAS2}host: api.retail.test\npaths: {}\n`, expected: [] },
  { name: 'present with port', files: `${OAS2}host: 'oms.retail.test:8443'\npaths: {}\n`, expected: [] },
  { name: 'not checked in 3.0', files: "openapi: 3.0.3\ninfo: {title: Orders, version: '1'}\npaths: {}\n", expected: [] },
]);
