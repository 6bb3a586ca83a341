import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-operation-security-defined';
const OK = "responses: {'200': {description: OK}}";
const SCHEMES = "securityDefinitions:\n  oauth: {type: oauth2, flow: application, tokenUrl: 'https://auth.retail.test/token', scopes: {orders:read: Read orders}}\n  key: {type: apiKey, name: X-Api-Key, in: header}\n";

describeContractRule(RULE, [
  {
    name: 'undeclared scheme',
    files: `${OAS2}security: [{basic: []}]\npaths: {}\n${SCHEMES}`,
    expected: [[RULE, 'undefinedScheme', '/security/0/basic']],
  },
  {
    name: 'undeclared scope and scope on an API key',
    files: `${OAS2}paths:\n  /orders:\n    get:\n      security: [{oauth: ['orders:read', 'orders:write']}, {key: [admin]}]\n      ${OK}\n${SCHEMES}`,
    expected: [
      [RULE, 'undefinedScope', '/paths/~1orders/get/security/0/oauth/1'],
      [RULE, 'scopesNotAllowed', '/paths/~1orders/get/security/1/key/0'],
    ],
  },
  {
    name: 'declared schemes and scopes',
    files: `${OAS2}security: [{key: []}]\npaths:\n  /orders:\n    get:\n      security: [{oauth: ['orders:read']}, {}]\n      ${OK}\n${SCHEMES}`,
    expected: [],
  },
  { name: 'no security', files: `${OAS2}paths:\n  /orders:\n    get: {${OK}}\n`, expected: [] },
]);
