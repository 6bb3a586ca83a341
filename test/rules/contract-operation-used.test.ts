import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'contract-operation-used';

const OMS_OPENAPI = `openapi: 3.0.3
info: { title: OMS, version: 1.0.0 }
paths:
  /orders:
    post:
      operationId: createOrder
      responses: { '201': { description: created } }
    get:
      operationId: listOrders
      responses: { '200': { description: orders } }
  /orders/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses: { '200': { description: one order } }
`;

const ERP_ASYNCAPI = `asyncapi: 2.6.0
info: { title: ERP events, version: 1.0.0 }
channels:
  erp.orders:
    subscribe:
      message: { payload: { type: object } }
  erp.invoices:
    subscribe:
      message: { payload: { type: object } }
`;

function estate(steps: string): Record<string, string> {
  return {
    'ownership.yaml': `retailgov: 1
teams:
  - id: integration
systems:
  - id: oms
    kind: oms
    layer: process
    owner: integration
    contracts: [{ id: oms-api, path: contracts/oms.openapi.yaml }]
  - id: erp
    kind: erp
    layer: system
    owner: integration
    contracts: [{ id: erp-events, path: contracts/erp.asyncapi.yaml }]
  - { id: shop, kind: ecommerce, layer: experience, owner: integration }
workflows:
  - id: order-capture
    object: order
    steps:
${steps}`,
    'contracts/oms.openapi.yaml': OMS_OPENAPI,
    'contracts/erp.asyncapi.yaml': ERP_ASYNCAPI,
  };
}

const CREATE_ORDER = `      - id: create-order
        from: shop
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: createOrder }
`;
const POST_ORDER = `      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: erp.orders }
`;
const READ_ORDERS = `      - id: list-orders
        from: shop
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: GET /orders }
      - id: read-order
        from: shop
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: 'GET /orders/{id}' }
      - id: post-invoice
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: erp.invoices }
`;

const FAILING: RuleCase[] = [
  {
    name: 'operations and channel no step uses',
    files: estate(CREATE_ORDER + POST_ORDER),
    expected: [
      [RULE, 'unusedChannel', '/channels/erp.invoices', 'contracts/erp.asyncapi.yaml'],
      [RULE, 'unusedOperation', '/paths/~1orders/get', 'contracts/oms.openapi.yaml'],
      [RULE, 'unusedOperation', '/paths/~1orders~1{id}/get', 'contracts/oms.openapi.yaml'],
    ],
  },
  {
    name: 'create operation and order channel unused',
    files: estate(READ_ORDERS),
    expected: [
      [RULE, 'unusedChannel', '/channels/erp.orders', 'contracts/erp.asyncapi.yaml'],
      [RULE, 'unusedOperation', '/paths/~1orders/post', 'contracts/oms.openapi.yaml'],
    ],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'every operation and channel used',
    files: estate(CREATE_ORDER + POST_ORDER + READ_ORDERS),
    expected: [],
  },
  {
    name: 'estate without contracts',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: integration
systems:
  - { id: oms, kind: oms, layer: process, owner: integration }
`,
    },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('names the operation by route and id', async () => {
    const messages = await findingMessages(RULE, FAILING[1].files);
    expect(messages[1]).toBe(
      "operation POST /orders (createOrder) of contract 'oms-api' is not used by any workflow step; declare the workflow that calls it, or remove it from the contract",
    );
  });
});
