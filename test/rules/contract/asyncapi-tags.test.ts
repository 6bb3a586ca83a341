import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-tags';

describeContractRule(RULE, [
  { name: 'missing in 2.x', files: `${AAS2}channels: {}\n`, expected: [[RULE, 'missingTags', '']] },
  { name: 'empty in 3.x', files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1', tags: []}\n", expected: [[RULE, 'missingTags', '/info']] },
  { name: '3.x top-level tags do not count', files: `${AAS3}tags: [{name: orders}]\n`, expected: [[RULE, 'missingTags', '/info']] },
  { name: 'present in 2.x', files: `${AAS2}tags: [{name: orders}]\nchannels: {}\n`, expected: [] },
  { name: 'present in 3.x', files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1', tags: [{name: orders}]}\n", expected: [] },
]);
