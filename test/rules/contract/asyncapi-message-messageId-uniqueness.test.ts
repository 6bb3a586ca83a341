import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-message-messageId-uniqueness';

describeContractRule(RULE, [
  {
    name: 'two messages with one id',
    files: `${AAS2}channels:\n  orders:\n    subscribe:\n      message:\n        oneOf:\n          - {messageId: orderEvent, payload: {type: object}}\n          - {messageId: orderEvent, payload: {type: string}}\n`,
    expected: [[RULE, 'duplicateMessageId', '/channels/orders/subscribe/message/oneOf/1/messageId']],
  },
  {
    name: 'trait id clashes with a message id',
    files: `${AAS2}channels:\n  orders:\n    subscribe:\n      message:\n        oneOf:\n          - {messageId: orderCreated}\n          - {messageId: orderCancelled, traits: [{messageId: orderCreated}]}\n`,
    expected: [[RULE, 'duplicateMessageId', '/channels/orders/subscribe/message/oneOf/1/traits/0/messageId']],
  },
  {
    name: 'one message referenced from two channels',
    files: `${AAS2}channels:\n  a:\n    subscribe:\n      message: {$ref: '#/components/messages/Order'}\n  b:\n    publish:\n      message: {$ref: '#/components/messages/Order'}\ncomponents:\n  messages:\n    Order: {messageId: order}\n`,
    expected: [],
  },
  { name: 'distinct ids', files: `${AAS2}channels:\n  orders:\n    subscribe:\n      message:\n        oneOf:\n          - {messageId: orderCreated}\n          - {messageId: orderCancelled}\n`, expected: [] },
  { name: 'not applied to 3.x', files: `${AAS3}components:\n  messages:\n    a: {name: order}\n    b: {name: order}\n`, expected: [] },
]);
