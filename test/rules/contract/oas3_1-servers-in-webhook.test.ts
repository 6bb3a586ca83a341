import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3_1-servers-in-webhook';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  {
    name: 'operation servers',
    files: `${OAS31}webhooks:\n  orderCreated:\n    post:\n      servers: [{url: 'https://partner.retail.test'}]\n      ${OK}\n`,
    expected: [[RULE, 'serversInWebhook', '/webhooks/orderCreated/post/servers']],
  },
  {
    name: 'path item servers through $ref',
    files: `${OAS31}webhooks:\n  orderCreated: {$ref: '#/components/pathItems/OrderCreated'}\ncomponents:\n  pathItems:\n    OrderCreated:\n      servers: [{url: 'https://partner.retail.test'}]\n      post: {${OK}}\n`,
    expected: [[RULE, 'serversInWebhook', '/components/pathItems/OrderCreated/servers']],
  },
  { name: 'webhook without servers', files: `${OAS31}webhooks:\n  orderCreated:\n    post: {${OK}}\n`, expected: [] },
  { name: 'path servers are fine', files: `${OAS31}paths:\n  /orders:\n    servers: [{url: 'https://oms.retail.test'}]\n    get: {${OK}}\n`, expected: [] },
  { name: 'not checked in 3.0', files: `${OAS30}paths: {}\nwebhooks:\n  orderCreated:\n    post:\n      servers: [{url: 'https://partner.retail.test'}]\n      ${OK}\n`, expected: [] },
]);
