import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-server-no-trailing-slash';

describeContractRule(RULE, [
  { name: '2.x url', files: `${AAS2}servers:\n  production: {url: 'wss://stream.retail.test/', protocol: wss}\n`, expected: [[RULE, 'trailingSlash', '/servers/production/url']] },
  { name: '3.x host', files: `${AAS3}servers:\n  production: {host: stream.retail.test/, protocol: wss}\n`, expected: [[RULE, 'trailingSlash', '/servers/production/host']] },
  { name: '2.x without slash', files: `${AAS2}servers:\n  production: {url: 'wss://stream.retail.test', protocol: wss}\n`, expected: [] },
  { name: '3.x pathname is not checked', files: `${AAS3}servers:\n  production: {host: stream.retail.test, pathname: /ws/, protocol: wss}\n`, expected: [] },
]);
