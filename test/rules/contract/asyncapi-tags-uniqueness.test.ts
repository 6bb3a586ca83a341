import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-tags-uniqueness';

describeContractRule(RULE, [
  { name: '2.x document tags', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1'}\ntags: [{name: orders}, {name: orders}]\nchannels: {}\n", expected: [[RULE, 'duplicateTag', '/tags/1/name']] },
  {
    name: '3.x message tags through $ref',
    files: `${AAS3}components:\n  tags:\n    orders: {name: orders}\n  messages:\n    Order:\n      tags:\n        - {name: orders}\n        - $ref: '#/components/tags/orders'\n`,
    expected: [[RULE, 'duplicateTag', '/components/messages/Order/tags/1']],
  },
  { name: '2.x operation tags', files: `${AAS2}channels:\n  orders:\n    subscribe:\n      tags: [{name: orders}, {name: orders}]\n`, expected: [[RULE, 'duplicateTag', '/channels/orders/subscribe/tags/1/name']] },
  { name: 'same name in two lists', files: `${AAS3}channels:\n  orders:\n    tags: [{name: orders}]\noperations:\n  op: {action: send, channel: {$ref: '#/channels/orders'}, tags: [{name: orders}]}\n`, expected: [] },
  { name: 'distinct names', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1'}\ntags: [{name: orders}, {name: returns}]\nchannels: {}\n", expected: [] },
]);
