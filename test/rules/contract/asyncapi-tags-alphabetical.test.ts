import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-tags-alphabetical';

describeContractRule(RULE, [
  { name: '2.x unsorted tags', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1'}\ntags: [{name: returns}, {name: orders}, {name: refunds}]\nchannels: {}\n", expected: [[RULE, 'notSorted', '/tags/1']] },
  { name: '3.x unsorted tags', files: "asyncapi: 3.0.0\ninfo:\n  title: Orders\n  version: '1'\n  tags: [{name: orders}, {name: stock}, {name: prices}]\n", expected: [[RULE, 'notSorted', '/info/tags/2']] },
  { name: '2.x sorted tags', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1'}\ntags: [{name: orders}, {name: returns}]\nchannels: {}\n", expected: [] },
  { name: '3.x sorted tags', files: "asyncapi: 3.0.0\ninfo:\n  title: Orders\n  version: '1'\n  tags: [{name: orders}, {name: returns}]\n", expected: [] },
]);
