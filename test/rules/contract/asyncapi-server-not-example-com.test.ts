import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-server-not-example-com';

describeContractRule(RULE, [
  { name: '2.x url', files: `${AAS2}servers:\n  production: {url: 'broker.example.com:9092', protocol: kafka}\n`, expected: [[RULE, 'exampleCom', '/servers/production/url']] },
  { name: '3.x host', files: `${AAS3}servers:\n  production: {host: 'broker.example.com:9092', protocol: kafka}\n`, expected: [[RULE, 'exampleCom', '/servers/production/host']] },
  { name: '2.x real url', files: `${AAS2}servers:\n  production: {url: 'broker.retail.test:9092', protocol: kafka}\n`, expected: [] },
  { name: '3.x real host', files: `${AAS3}servers:\n  production: {host: 'broker.retail.test:9092', protocol: kafka}\n`, expected: [] },
]);
