import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'operation-exists';

interface Expected {
  messageId: string;
  pointer: string;
  file?: string;
}

interface Case {
  name: string;
  files: Record<string, string>;
  expected: Expected[];
}

const HEAD = `retailgov: 1
teams:
  - id: commerce
systems:
  - id: oms
    kind: oms
    layer: process
    owner: commerce
    contracts:
      - { id: order-events, path: contracts/order-events.asyncapi.yaml }
  - id: erp
    kind: erp
    layer: system
    owner: commerce
    contracts:
      - { id: erp-orders, path: contracts/erp-orders.openapi.yaml }
      - { id: erp-legacy, path: contracts/erp-legacy.swagger.yaml }
`;

const CONTRACTS = {
  'contracts/erp-orders.openapi.yaml': `openapi: 3.0.3
info: { title: ERP orders, version: 1.0.0 }
paths:
  /sales-orders:
    post:
      operationId: createSalesOrder
      responses:
        '201': { description: Created }
  /sales-orders/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: OK }
`,
  'contracts/erp-legacy.swagger.yaml': `swagger: '2.0'
info: { title: ERP legacy, version: 1.0.0 }
paths:
  /orders:
    post:
      operationId: postOrder
      responses:
        '201': { description: Created }
`,
  'contracts/order-events.asyncapi.yaml': `asyncapi: 3.0.0
info: { title: Order events, version: 1.0.0 }
channels:
  orderCreated:
    address: order.created
    messages:
      orderCreated:
        payload: { type: object }
`,
};

function workflow(steps: string): string {
  return `${HEAD}workflows:
  - id: order-posting
    object: order
    steps:
${steps}`;
}

const failing: Case[] = [
  {
    name: 'operationId and path the contracts do not declare',
    files: {
      'ownership.yaml': workflow(`      - { id: post, from: oms, to: erp, mode: async, operation: { contract: erp-orders, operation: createSalesOrderV2 } }
      - { id: fetch, from: oms, to: erp, mode: sync, operation: { contract: erp-orders, operation: GET /sales-orders } }
      - { id: legacy, from: oms, to: erp, mode: async, operation: { contract: erp-legacy, operation: PUT /orders } }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'unknownOperation', pointer: '/workflows/0/steps/0/operation/operation' },
      { messageId: 'unknownOperation', pointer: '/workflows/0/steps/1/operation/operation' },
      { messageId: 'unknownOperation', pointer: '/workflows/0/steps/2/operation/operation' },
    ],
  },
  {
    name: 'operation named in an AsyncAPI contract',
    files: {
      'ownership.yaml': workflow(`      - { id: post, from: oms, to: erp, mode: async, operation: { contract: order-events, operation: orderCreated } }
`),
      ...CONTRACTS,
    },
    expected: [{ messageId: 'notOpenApi', pointer: '/workflows/0/steps/0/operation/contract' }],
  },
];

const passing: Case[] = [
  {
    name: 'operationId and METHOD /path',
    files: {
      'ownership.yaml': workflow(`      - { id: post, from: oms, to: erp, mode: async, operation: { contract: erp-orders, operation: createSalesOrder } }
      - { id: fetch, from: oms, to: erp, mode: sync, operation: { contract: erp-orders, operation: 'GET /sales-orders/{id}' } }
      - { id: legacy, from: oms, to: erp, mode: async, operation: { contract: erp-legacy, operation: postOrder } }
`),
      ...CONTRACTS,
    },
    expected: [],
  },
  {
    name: 'channel steps and undeclared contracts are left to other rules',
    files: {
      'ownership.yaml': workflow(`      - { id: announce, from: oms, to: erp, mode: async, channel: { contract: order-events, channel: orderCreated } }
      - { id: post, from: oms, to: erp, mode: async, operation: { contract: erp-orders-v9, operation: createSalesOrder } }
`),
      ...CONTRACTS,
    },
    expected: [],
  },
];

async function findingsOf(files: Record<string, string>): Promise<Array<Required<Expected> & { ruleId: string }>> {
  const findings = await lintWorkspace(writeWorkspace(files), [RULE]);
  return findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, file: f.location.file, pointer: f.location.pointer }));
}

describe(RULE, () => {
  it.each(failing)('reports $name', async ({ files, expected }) => {
    expect(await findingsOf(files)).toEqual(expected.map((e) => ({ ruleId: RULE, file: 'ownership.yaml', ...e })));
  });

  it.each(passing)('accepts $name', async ({ files }) => {
    expect(await findingsOf(files)).toEqual([]);
  });

  it('message names the operation and the contract', async () => {
    const [finding] = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(finding.message).toBe(
      "step 'post' of workflow 'order-posting' names operation 'createSalesOrderV2', which contract 'erp-orders' does not declare; use an operationId or `METHOD /path` from the contract",
    );
  });
});
