import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-server-variables';

describeContractRule(RULE, [
  { name: '2.x undescribed variable', files: `${AAS2}servers:\n  production: {url: '{region}.broker.retail.test', protocol: kafka}\n`, expected: [[RULE, 'missingVariables', '/servers/production']] },
  {
    name: '3.x unused variable and bad default',
    files: `${AAS3}servers:\n  production:\n    host: '{region}.broker.retail.test'\n    protocol: kafka\n    variables:\n      region: {enum: [eu, us], default: ap}\n      port: {default: '9092'}\n`,
    expected: [[RULE, 'defaultNotInEnum', '/servers/production/variables/region/default'], [RULE, 'unusedVariable', '/servers/production/variables/port']],
  },
  { name: '3.x variable in pathname', files: `${AAS3}servers:\n  production: {host: broker.retail.test, pathname: '/{tenant}', protocol: ws}\n`, expected: [[RULE, 'missingVariables', '/servers/production']] },
  { name: '2.x described variable', files: `${AAS2}servers:\n  production:\n    url: '{region}.broker.retail.test'\n    protocol: kafka\n    variables:\n      region: {enum: [eu, us], default: eu}\n`, expected: [] },
  { name: '3.x no variables', files: `${AAS3}servers:\n  production: {host: broker.retail.test, protocol: kafka}\n`, expected: [] },
]);
