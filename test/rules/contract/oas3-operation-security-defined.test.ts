import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-operation-security-defined';
const OK = "responses: {'200': {description: OK}}";
const SCHEMES = "components:\n  securitySchemes:\n    oauth:\n      type: oauth2\n      flows: {clientCredentials: {tokenUrl: 'https://auth.retail.test/token', scopes: {orders:read: Read orders}}}\n    bearer: {type: http, scheme: bearer}\n    oidc: {type: openIdConnect, openIdConnectUrl: 'https://auth.retail.test/.well-known/openid-configuration'}\n";

describeContractRule(RULE, [
  {
    name: 'undeclared scheme in 3.0',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      security: [{apiKey: []}]\n      ${OK}\n${SCHEMES}`,
    expected: [[RULE, 'undefinedScheme', '/paths/~1orders/get/security/0/apiKey']],
  },
  {
    name: 'undeclared OAuth2 scope and bearer roles in 3.0',
    files: `${OAS30}security: [{oauth: ['orders:write']}, {bearer: [admin]}]\npaths: {}\n${SCHEMES}`,
    expected: [
      [RULE, 'undefinedScope', '/security/0/oauth/0'],
      [RULE, 'scopesNotAllowed', '/security/1/bearer/0'],
    ],
  },
  {
    name: 'undeclared scheme in a 3.1 webhook',
    files: `${OAS31}webhooks:\n  orderCreated:\n    post:\n      security: [{hmac: []}]\n      ${OK}\n${SCHEMES}`,
    expected: [[RULE, 'undefinedScheme', '/webhooks/orderCreated/post/security/0/hmac']],
  },
  {
    name: 'OpenID Connect scopes in 3.0',
    files: `${OAS30}security: [{oidc: [openid, orders]}, {oauth: ['orders:read']}]\npaths: {}\n${SCHEMES}`,
    expected: [],
  },
  {
    name: 'bearer roles in 3.1',
    files: `${OAS31}security: [{bearer: [store-manager]}]\npaths: {}\n${SCHEMES}`,
    expected: [],
  },
]);
