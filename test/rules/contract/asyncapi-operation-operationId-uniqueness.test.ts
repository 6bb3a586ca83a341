import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-operation-operationId-uniqueness';

describeContractRule(RULE, [
  {
    name: 'two channels with one id',
    files: `${AAS2}channels:\n  a:\n    subscribe: {operationId: publishOrder}\n  b:\n    subscribe: {operationId: publishOrder}\n`,
    expected: [[RULE, 'duplicateOperationId', '/channels/b/subscribe/operationId']],
  },
  {
    name: 'trait id clashes',
    files: `${AAS2}channels:\n  a:\n    publish: {operationId: receiveOrder}\n    subscribe:\n      operationId: publishOrder\n      traits: [{operationId: receiveOrder}]\n`,
    expected: [[RULE, 'duplicateOperationId', '/channels/a/subscribe/traits/0/operationId']],
  },
  { name: 'distinct ids', files: `${AAS2}channels:\n  a:\n    publish: {operationId: receiveOrder}\n    subscribe: {operationId: publishOrder}\n`, expected: [] },
  { name: 'not applied to 3.x', files: `${AAS3}channels:\n  a: {}\noperations:\n  publishOrder: {action: send, channel: {$ref: '#/channels/a'}}\n`, expected: [] },
]);
