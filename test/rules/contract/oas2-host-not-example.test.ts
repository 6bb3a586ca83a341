import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-host-not-example';

describeContractRule(RULE, [
  { name: 'example.com', files: `${OAS2}host: example.com\npaths: {}\n`, expected: [[RULE, 'exampleHost', '/host']] },
  { name: 'subdomain of example.com', files: `${OAS2}host: 'api.example.com:443'\npaths: {}\n`, expected: [[RULE, 'exampleHost', '/host']] },
  { name: 'real host', files: `${OAS2}host: api.retail.test\npaths: {}\n`, expected: [] },
  { name: 'no host', files: `${OAS2}paths: {}\n`, expected: [] },
]);
