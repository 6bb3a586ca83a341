import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-anyOf';

describeContractRule(RULE, [
  {
    name: 'in a definition',
    files: `${OAS2}paths: {}\ndefinitions:\n  Payment:\n    anyOf: [{type: string}, {type: integer}]\n`,
    expected: [[RULE, 'anyOf', '/definitions/Payment/anyOf']],
  },
  {
    name: 'in a body parameter schema',
    files: `${OAS2}paths:\n  /payments:\n    post:\n      parameters:\n        - name: payment\n          in: body\n          schema: {properties: {amount: {anyOf: [{type: string}, {type: number}]}}}\n      responses: {'200': {description: OK}}\n`,
    expected: [[RULE, 'anyOf', '/paths/~1payments/post/parameters/0/schema/properties/amount/anyOf']],
  },
  { name: 'plain definition', files: `${OAS2}paths: {}\ndefinitions:\n  Payment: {type: object}\n`, expected: [] },
  { name: 'property named anyOf', files: `${OAS2}paths: {}\ndefinitions:\n  Rule:\n    properties:\n      anyOf: {type: string}\n`, expected: [] },
]);
