import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-host-trailing-slash';

describeContractRule(RULE, [
  { name: 'trailing slash', files: `${OAS2}host: api.retail.test/\npaths: {}\n`, expected: [[RULE, 'trailingSlash', '/host']] },
  { name: 'trailing slash after port', files: `${OAS2}host: 'api.retail.test:8443/'\npaths: {}\n`, expected: [[RULE, 'trailingSlash', '/host']] },
  { name: 'plain host', files: `${OAS2}host: api.retail.test\npaths: {}\n`, expected: [] },
  { name: 'no host', files: `${OAS2}paths: {}\n`, expected: [] },
]);
