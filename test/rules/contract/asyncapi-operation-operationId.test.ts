import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-operation-operationId';

describeContractRule(RULE, [
  { name: 'subscribe without id', files: `${AAS2}channels:\n  orders:\n    subscribe: {summary: Orders}\n`, expected: [[RULE, 'missingOperationId', '/channels/orders/subscribe']] },
  { name: 'publish with an empty id', files: `${AAS2}channels:\n  orders:\n    publish: {operationId: ''}\n`, expected: [[RULE, 'missingOperationId', '/channels/orders/publish']] },
  { name: 'id from a trait', files: `${AAS2}channels:\n  orders:\n    publish:\n      traits: [{operationId: receiveOrder}]\n`, expected: [] },
  { name: 'id on the operation', files: `${AAS2}channels:\n  orders:\n    publish: {operationId: receiveOrder}\n`, expected: [] },
  { name: 'not applied to 3.x', files: `${AAS3}channels:\n  a: {}\noperations:\n  publishOrder: {action: send, channel: {$ref: '#/channels/a'}}\n`, expected: [] },
]);
