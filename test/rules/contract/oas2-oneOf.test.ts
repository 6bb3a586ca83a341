import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-oneOf';

describeContractRule(RULE, [
  {
    name: 'in a definition',
    files: `${OAS2}paths: {}\ndefinitions:\n  Payment:\n    oneOf: [{type: string}, {type: integer}]\n`,
    expected: [[RULE, 'oneOf', '/definitions/Payment/oneOf']],
  },
  {
    name: 'in a body parameter schema',
    files: `${OAS2}paths:\n  /payments:\n    post:\n      parameters:\n        - name: payment\n          in: body\n          schema: {properties: {amount: {oneOf: [{type: string}, {type: number}]}}}\n      responses: {'200': {description: OK}}\n`,
    expected: [[RULE, 'oneOf', '/paths/~1payments/post/parameters/0/schema/properties/amount/oneOf']],
  },
  { name: 'plain definition', files: `${OAS2}paths: {}\ndefinitions:\n  Payment: {type: object}\n`, expected: [] },
  { name: 'property named oneOf', files: `${OAS2}paths: {}\ndefinitions:\n  Rule:\n    properties:\n      oneOf: {type: string}\n`, expected: [] },
]);
