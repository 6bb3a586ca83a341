import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-server-no-empty-variable';

describeContractRule(RULE, [
  { name: '2.x url', files: `${AAS2}servers:\n  production: {url: '{}.broker.retail.test', protocol: kafka}\n`, expected: [[RULE, 'emptyVariable', '/servers/production/url']] },
  { name: '3.x pathname', files: `${AAS3}servers:\n  production: {host: broker.retail.test, pathname: '/{}', protocol: ws}\n`, expected: [[RULE, 'emptyVariable', '/servers/production/pathname']] },
  { name: '2.x named variable', files: `${AAS2}servers:\n  production: {url: '{region}.broker.retail.test', protocol: kafka}\n`, expected: [] },
  { name: '3.x plain host', files: `${AAS3}servers:\n  production: {host: broker.retail.test, protocol: kafka}\n`, expected: [] },
]);
