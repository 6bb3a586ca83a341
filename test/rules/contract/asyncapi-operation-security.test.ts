import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-operation-security';
const OAUTH2 = "components:\n  securitySchemes:\n    oauth:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: 'https://auth.retail.test/token'\n          scopes: {'orders:write': Publish orders}\n";
const OAUTH3 = "components:\n  securitySchemes:\n    oauth:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: 'https://auth.retail.test/token'\n          availableScopes: {'orders:write': Publish orders}\n";
const OPERATION3 = "channels:\n  orders: {}\noperations:\n  publishOrder:\n    action: send\n    channel: {$ref: '#/channels/orders'}\n";

describeContractRule(RULE, [
  {
    name: '2.x undefined scheme and scope',
    files: `${AAS2}channels:\n  orders:\n    subscribe:\n      operationId: publishOrder\n      security:\n        - apiKey: []\n        - oauth: ['orders:read']\n${OAUTH2}`,
    expected: [[RULE, 'undefinedScheme', '/channels/orders/subscribe/security/0/apiKey'], [RULE, 'undefinedScope', '/channels/orders/subscribe/security/1/oauth/0']],
  },
  {
    name: '3.x scope not offered',
    files: `${AAS3}${OPERATION3}    security:\n      - $ref: '#/components/securitySchemes/oauth'\n${OAUTH3}      scopes: ['orders:read']\n`,
    expected: [[RULE, 'undefinedScope', '/components/securitySchemes/oauth/scopes/0']],
  },
  {
    name: '3.x reference outside securitySchemes',
    files: `${AAS3}${OPERATION3}    security:\n      - $ref: '#/components/schemas/Key'\ncomponents:\n  schemas:\n    Key: {type: httpApiKey, name: key, in: header}\n`,
    expected: [[RULE, 'notSchemeReference', '/operations/publishOrder/security/0']],
  },
  { name: '2.x defined scheme and scope', files: `${AAS2}channels:\n  orders:\n    subscribe:\n      operationId: publishOrder\n      security:\n        - oauth: ['orders:write']\n${OAUTH2}`, expected: [] },
  { name: '3.x offered scope', files: `${AAS3}${OPERATION3}    security:\n      - $ref: '#/components/securitySchemes/oauth'\n${OAUTH3}      scopes: ['orders:write']\n`, expected: [] },
  { name: '3.x scheme written in place', files: `${AAS3}${OPERATION3}    security:\n      - {type: httpApiKey, name: key, in: header}\n`, expected: [] },
]);
