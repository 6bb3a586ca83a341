import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-schema';

describeContractRule(RULE, [
  { name: '2.x info without version', files: 'asyncapi: 2.6.0\ninfo: {title: Orders}\nchannels: {}\n', expected: [[RULE, 'invalid', '/info']] },
  { name: '2.x unknown member', files: `${AAS2}channels: {}\noperations: {}\n`, expected: [[RULE, 'invalid', '/operations']] },
  { name: '3.x $ref where none is allowed', files: "asyncapi: 3.0.0\ninfo: {$ref: 'info.yaml'}\n", expected: [[RULE, 'invalid', '/info'], [RULE, 'invalid', '/info'], [RULE, 'invalid', '/info/$ref']] },
  { name: '3.x operation with an unknown action', files: `${AAS3}channels:\n  a: {}\noperations:\n  publishOrder: {action: publish, channel: {$ref: '#/channels/a'}}\n`, expected: [[RULE, 'invalid', '/operations/publishOrder/action']] },
  { name: 'unpublished version', files: "asyncapi: 2.7.0\ninfo: {title: Orders, version: '1'}\nchannels: {}\n", expected: [[RULE, 'unknownVersion', '/asyncapi']] },
  { name: '2.x valid document', files: `${AAS2}channels:\n  orders:\n    subscribe:\n      operationId: publishOrder\n      message: {$ref: '#/components/messages/Order'}\ncomponents:\n  messages:\n    Order: {payload: {type: object}}\n`, expected: [] },
  { name: '3.x valid document', files: `${AAS3}channels:\n  orders: {address: orders}\noperations:\n  publishOrder: {action: send, channel: {$ref: '#/channels/orders'}}\n`, expected: [] },
  { name: '2.1.0 parameter references', files: "asyncapi: 2.1.0\ninfo: {title: Orders, version: '1'}\nchannels:\n  'stores/{id}':\n    parameters:\n      id: {$ref: '#/components/parameters/id'}\ncomponents:\n  parameters:\n    id: {schema: {type: string}}\n", expected: [] },
]);
