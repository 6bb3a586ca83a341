import { describeContractRule, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3_1-callbacks-in-webhook';
const OK = "responses: {'200': {description: OK}}";
const CALLBACK = `callbacks:\n        confirmed:\n          '{$request.body#/confirmUrl}':\n            post: {${OK}}\n`;

describeContractRule(RULE, [
  {
    name: 'inline callback',
    files: `${OAS31}webhooks:\n  orderCreated:\n    post:\n      ${OK}\n      ${CALLBACK}`,
    expected: [[RULE, 'callbacksInWebhook', '/webhooks/orderCreated/post/callbacks']],
  },
  {
    name: 'callback in a referenced file',
    files: {
      'api.yaml': `${OAS31}webhooks:\n  orderCreated: {$ref: 'webhooks.yaml#/orderCreated'}\n`,
      'webhooks.yaml': `orderCreated:\n  put:\n    ${OK}\n    callbacks: {}\n`,
    },
    expected: [[RULE, 'callbacksInWebhook', '/orderCreated/put/callbacks']],
  },
  { name: 'webhook without callbacks', files: `${OAS31}webhooks:\n  orderCreated:\n    post: {${OK}}\n`, expected: [] },
  { name: 'callbacks on a path operation', files: `${OAS31}paths:\n  /orders:\n    post:\n      ${OK}\n      ${CALLBACK}`, expected: [] },
]);
