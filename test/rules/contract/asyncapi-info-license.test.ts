import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-info-license';

describeContractRule(RULE, [
  { name: 'missing in 2.x', files: `${AAS2}channels: {}\n`, expected: [[RULE, 'missingLicense', '/info']] },
  { name: 'missing in 3.x', files: AAS3, expected: [[RULE, 'missingLicense', '/info']] },
  { name: 'present in 2.x', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1', license: {name: Partner terms}}\nchannels: {}\n", expected: [] },
  { name: 'present in 3.x', files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1', license: {name: Partner terms}}\n", expected: [] },
]);
