import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-server-trailing-slash';

describeContractRule(RULE, [
  { name: 'absolute URL in 3.0', files: `${OAS30}servers: [{url: 'https://oms.retail.test/v1/'}]\npaths: {}\n`, expected: [[RULE, 'trailingSlash', '/servers/0/url']] },
  {
    name: 'path item server in 3.1',
    files: `${OAS31}paths:\n  /orders:\n    servers: [{url: /orders-api/}]\n`,
    expected: [[RULE, 'trailingSlash', '/paths/~1orders/servers/0/url']],
  },
  { name: 'root URL', files: `${OAS30}servers: [{url: /}]\npaths: {}\n`, expected: [] },
  { name: 'no trailing slash', files: `${OAS31}servers: [{url: 'https://oms.retail.test'}]\npaths: {}\n`, expected: [] },
]);
