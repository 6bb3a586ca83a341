import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-info-description';

describeContractRule(RULE, [
  { name: 'missing in 2.x', files: `${AAS2}channels: {}\n`, expected: [[RULE, 'missingDescription', '/info']] },
  { name: 'blank in 3.x', files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1', description: '  '}\n", expected: [[RULE, 'missingDescription', '/info']] },
  { name: 'present in 2.x', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1', description: Order events.}\nchannels: {}\n", expected: [] },
  { name: 'present in 3.x', files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1', description: Order events.}\n", expected: [] },
  { name: 'missing in 3.x', files: AAS3, expected: [[RULE, 'missingDescription', '/info']] },
]);
