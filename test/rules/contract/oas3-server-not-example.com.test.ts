import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-server-not-example.com';

describeContractRule(RULE, [
  { name: 'top-level server in 3.0', files: `${OAS30}servers: [{url: 'https://api.example.com/v1'}]\npaths: {}\n`, expected: [[RULE, 'exampleServer', '/servers/0/url']] },
  {
    name: 'operation server in 3.1',
    files: `${OAS31}paths:\n  /orders:\n    get:\n      servers: [{url: 'https://example.com'}]\n      responses: {'200': {description: OK}}\n`,
    expected: [[RULE, 'exampleServer', '/paths/~1orders/get/servers/0/url']],
  },
  { name: 'real server', files: `${OAS30}servers: [{url: 'https://oms.retail.test/v1'}]\npaths: {}\n`, expected: [] },
  { name: 'relative server', files: `${OAS31}servers: [{url: /v1}]\npaths: {}\n`, expected: [] },
]);
