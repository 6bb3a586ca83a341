import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-tag-description';

describeContractRule(RULE, [
  { name: '2.x tag without description', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1'}\ntags: [{name: orders}]\nchannels: {}\n", expected: [[RULE, 'missingDescription', '/tags/0']] },
  { name: '3.x info tag without description', files: "asyncapi: 3.0.0\ninfo:\n  title: Orders\n  version: '1'\n  tags: [{name: orders, description: Orders}, {name: returns}]\n", expected: [[RULE, 'missingDescription', '/info/tags/1']] },
  { name: '2.x described tag', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1'}\ntags: [{name: orders, description: Orders}]\nchannels: {}\n", expected: [] },
  { name: '3.x operation tags are not checked', files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1'}\nchannels:\n  a: {}\noperations:\n  op: {action: send, channel: {$ref: '#/channels/a'}, tags: [{name: orders}]}\n", expected: [] },
]);
