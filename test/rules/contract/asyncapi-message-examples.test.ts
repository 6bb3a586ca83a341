import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-message-examples';
const PAYLOAD = "        payload:\n          type: object\n          required: [orderId]\n          properties:\n            orderId: {type: string}\n";

describeContractRule(RULE, [
  {
    name: '2.x payload example of the wrong type',
    files: `${AAS2}channels:\n  orders:\n    subscribe:\n      message:\n${PAYLOAD}        examples:\n          - payload: {orderId: 42}\n`,
    expected: [[RULE, 'invalidExample', '/channels/orders/subscribe/message/examples/0/payload/orderId']],
  },
  {
    name: '3.x example missing a required property',
    files: `${AAS3}channels:\n  orders:\n    messages:\n      orderCreated:\n        payload: {type: object, required: [orderId]}\n        examples:\n          - payload: {}\n`,
    expected: [[RULE, 'invalidExample', '/channels/orders/messages/orderCreated/examples/0/payload']],
  },
  {
    name: '3.x example headers against trait headers',
    files: `${AAS3}components:\n  messages:\n    OrderCreated:\n      traits:\n        - $ref: '#/components/messageTraits/Tracing'\n      headers: {type: object, properties: {eventId: {type: string}}}\n      examples:\n        - headers: {eventId: e-1, correlationId: 7}\n  messageTraits:\n    Tracing:\n      headers: {type: object, properties: {correlationId: {type: string}}}\n`,
    expected: [[RULE, 'invalidExample', '/components/messages/OrderCreated/examples/0/headers/correlationId']],
  },
  {
    name: '2.x payload through $ref',
    files: `${AAS2}components:\n  messages:\n    OrderCreated:\n      payload: {$ref: '#/components/schemas/Order'}\n      examples:\n        - payload: {orderId: SO-1}\n  schemas:\n    Order: {type: object, properties: {orderId: {type: string}}}\n`,
    expected: [],
  },
  {
    name: '3.x valid merged headers',
    files: `${AAS3}components:\n  messages:\n    OrderCreated:\n      traits:\n        - $ref: '#/components/messageTraits/Tracing'\n      headers: {type: object, properties: {eventId: {type: string}}}\n      examples:\n        - headers: {eventId: e-1, correlationId: c-7}\n  messageTraits:\n    Tracing:\n      headers: {type: object, properties: {correlationId: {type: string}}}\n`,
    expected: [],
  },
  {
    name: 'remote payload schema is skipped',
    files: `${AAS3}components:\n  messages:\n    OrderCreated:\n      payload: {$ref: 'https://schemas.retail.test/order.json'}\n      examples:\n        - payload: 42\n`,
    expected: [],
  },
]);
