import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-api-servers';

describeContractRule(RULE, [
  { name: 'missing in 3.0', files: `${OAS30}paths: {}\n`, expected: [[RULE, 'missingServers', '/servers']] },
  { name: 'empty in 3.1', files: `${OAS31}servers: []\npaths: {}\n`, expected: [[RULE, 'missingServers', '/servers']] },
  { name: 'listed in 3.0', files: `${OAS30}servers: [{url: 'https://oms.retail.test/v1'}]\npaths: {}\n`, expected: [] },
  { name: 'webhooks-only 3.1 document', files: `${OAS31}webhooks:\n  orderCreated:\n    post: {responses: {'200': {description: OK}}}\n`, expected: [] },
]);
