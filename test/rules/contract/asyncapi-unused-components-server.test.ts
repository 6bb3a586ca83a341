import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-unused-components-server';

describeContractRule(RULE, [
  { name: '2.x unused server', files: `${AAS2}channels: {}\ncomponents:\n  servers:\n    staging: {url: broker.staging.retail.test, protocol: kafka}\n`, expected: [[RULE, 'unusedServer', '/components/servers/staging']] },
  {
    name: '3.x one of two used',
    files: `${AAS3}servers:\n  production: {$ref: '#/components/servers/production'}\ncomponents:\n  servers:\n    production: {host: broker.retail.test, protocol: kafka}\n    staging: {host: broker.staging.retail.test, protocol: kafka}\n`,
    expected: [[RULE, 'unusedServer', '/components/servers/staging']],
  },
  { name: '2.x used server', files: `${AAS2}servers:\n  production: {$ref: '#/components/servers/production'}\nchannels: {}\ncomponents:\n  servers:\n    production: {url: broker.retail.test, protocol: kafka}\n`, expected: [] },
  { name: '3.x used from a channel', files: `${AAS3}channels:\n  orders:\n    servers:\n      - $ref: '#/components/servers/production'\ncomponents:\n  servers:\n    production: {host: broker.retail.test, protocol: kafka}\n`, expected: [] },
]);
