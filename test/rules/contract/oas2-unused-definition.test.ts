import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-unused-definition';
const USE = "paths:\n  /orders:\n    get:\n      responses:\n        '200': {description: OK, schema: {$ref: '#/definitions/Order'}}\n";

describeContractRule(RULE, [
  {
    name: 'unreferenced definition',
    files: `${OAS2}${USE}definitions:\n  Order: {type: object}\n  LegacyOrder: {type: object}\n`,
    expected: [[RULE, 'unusedDefinition', '/definitions/LegacyOrder']],
  },
  {
    name: 'referenced only from an unused definition is used',
    files: `${OAS2}paths: {}\ndefinitions:\n  Order: {properties: {total: {$ref: '#/definitions/Money'}}}\n  Money: {type: object}\n`,
    expected: [[RULE, 'unusedDefinition', '/definitions/Order']],
  },
  {
    name: 'referenced from another file',
    files: {
      'api.yaml': `${OAS2}paths:\n  /orders:\n    get:\n      responses:\n        '200': {description: OK, schema: {$ref: 'order.yaml'}}\ndefinitions:\n  Money: {type: object}\n`,
      'order.yaml': "type: object\nproperties:\n  total: {$ref: 'api.yaml#/definitions/Money'}\n",
    },
    expected: [],
  },
  { name: 'every definition used', files: `${OAS2}${USE}definitions:\n  Order: {type: object}\n`, expected: [] },
]);
