import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-servers';

describeContractRule(RULE, [
  { name: 'missing in 2.x', files: `${AAS2}channels: {}\n`, expected: [[RULE, 'missingServers', '']] },
  { name: 'empty in 3.x', files: `${AAS3}servers: {}\n`, expected: [[RULE, 'missingServers', '/servers']] },
  { name: 'present in 2.x', files: `${AAS2}servers:\n  production: {url: broker.retail.test, protocol: kafka}\nchannels: {}\n`, expected: [] },
  { name: 'present in 3.x', files: `${AAS3}servers:\n  production: {host: broker.retail.test, protocol: kafka}\n`, expected: [] },
]);
