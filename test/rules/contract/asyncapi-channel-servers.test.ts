import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-channel-servers';
const SERVERS2 = 'servers:\n  production: {url: broker.retail.test, protocol: kafka}\n';
const SERVERS3 = 'servers:\n  production: {host: broker.retail.test, protocol: kafka}\n';

describeContractRule(RULE, [
  { name: 'undefined 2.x server', files: `${AAS2}${SERVERS2}channels:\n  orders: {servers: [production, staging]}\n`, expected: [[RULE, 'undefinedServer', '/channels/orders/servers/1']] },
  {
    name: '3.x reference to components.servers',
    files: `${AAS3}${SERVERS3}channels:\n  orders:\n    servers:\n      - $ref: '#/components/servers/production'\ncomponents:\n  servers:\n    production: {host: broker.retail.test, protocol: kafka}\n`,
    expected: [[RULE, 'notServerReference', '/channels/orders/servers/0']],
  },
  { name: '3.x entry that is not a reference', files: `${AAS3}${SERVERS3}channels:\n  orders:\n    servers:\n      - {host: broker.retail.test, protocol: kafka}\n`, expected: [[RULE, 'notServerReference', '/channels/orders/servers/0']] },
  { name: 'defined 2.x server', files: `${AAS2}${SERVERS2}channels:\n  orders: {servers: [production]}\n`, expected: [] },
  { name: '3.x reference to servers', files: `${AAS3}${SERVERS3}channels:\n  orders:\n    servers:\n      - $ref: '#/servers/production'\n`, expected: [] },
  { name: '3.x broken reference left to no-broken-ref', files: `${AAS3}${SERVERS3}channels:\n  orders:\n    servers:\n      - $ref: '#/servers/staging'\n`, expected: [] },
]);
