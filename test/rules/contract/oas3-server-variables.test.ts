import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-server-variables';

describeContractRule(RULE, [
  {
    name: 'undeclared and unused variables',
    files: `${OAS30}servers:\n  - url: 'https://{region}.oms.retail.test/{version}'\n    variables:\n      region: {default: eu}\n      tenant: {default: main}\npaths: {}\n`,
    expected: [
      [RULE, 'undefinedVariable', '/servers/0/variables'],
      [RULE, 'unusedVariable', '/servers/0/variables/tenant'],
    ],
  },
  {
    name: 'missing default and default outside enum',
    files: `${OAS31}servers:\n  - url: 'https://{region}.oms.retail.test/{version}'\n    variables:\n      region: {enum: [eu, us]}\n      version: {enum: [v1, v2], default: v3}\npaths: {}\n`,
    expected: [
      [RULE, 'missingDefault', '/servers/0/variables/region'],
      [RULE, 'defaultNotInEnum', '/servers/0/variables/version/default'],
    ],
  },
  {
    name: 'values that give invalid URLs',
    files: `${OAS30}servers:\n  - url: 'https://{host}/v1'\n    variables:\n      host: {default: 'oms.retail.test', enum: ['oms.retail.test', 'bad host:x']}\npaths: {}\n`,
    expected: [[RULE, 'invalidUrl', '/servers/0/variables']],
  },
  {
    name: 'relative URL with a variable',
    files: `${OAS30}servers:\n  - url: '/api/{version}'\n    variables:\n      version: {default: v1, enum: [v1, v2]}\npaths: {}\n`,
    expected: [],
  },
  {
    name: 'operation server with variables in 3.1',
    files: `${OAS31}paths:\n  /orders:\n    get:\n      servers:\n        - url: 'https://{env}.oms.retail.test'\n          variables: {env: {default: prod, enum: [prod, test]}}\n      responses: {'200': {description: OK}}\n`,
    expected: [],
  },
]);
