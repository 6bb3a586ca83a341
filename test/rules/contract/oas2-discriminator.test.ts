import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-discriminator';

describeContractRule(RULE, [
  {
    name: 'property neither declared nor required',
    files: `${OAS2}paths: {}\ndefinitions:\n  Payment:\n    type: object\n    discriminator: method\n    properties: {amount: {type: number}}\n`,
    expected: [
      [RULE, 'notRequired', '/definitions/Payment/required'],
      [RULE, 'notDefined', '/definitions/Payment/properties'],
    ],
  },
  {
    name: 'declared but optional',
    files: `${OAS2}paths: {}\ndefinitions:\n  Payment:\n    type: object\n    discriminator: method\n    required: [amount]\n    properties: {method: {type: string}, amount: {type: number}}\n`,
    expected: [[RULE, 'notRequired', '/definitions/Payment/required']],
  },
  {
    name: 'declared and required',
    files: `${OAS2}paths: {}\ndefinitions:\n  Payment:\n    type: object\n    discriminator: method\n    required: [method]\n    properties: {method: {type: string}}\n`,
    expected: [],
  },
  { name: 'no discriminator', files: `${OAS2}paths: {}\ndefinitions:\n  Payment: {type: object}\n`, expected: [] },
]);
