import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-schema-examples';

describeContractRule(RULE, [
  { name: '2.x component schema example', files: `${AAS2}components:\n  schemas:\n    Code: {type: string, examples: [1]}\n`, expected: [[RULE, 'invalidExample', '/components/schemas/Code/examples/0']] },
  {
    name: '3.x parameter example outside enum',
    files: `${AAS3}components:\n  parameters:\n    region: {enum: [north, south], examples: [north, east]}\n`,
    expected: [[RULE, 'notInEnum', '/components/parameters/region/examples/1']],
  },
  { name: '2.x valid example', files: `${AAS2}components:\n  schemas:\n    Code: {type: string, examples: ['001']}\n`, expected: [] },
  { name: '3.x parameter examples in enum', files: `${AAS3}components:\n  parameters:\n    region: {enum: [north, south], examples: [south]}\n`, expected: [] },
]);
