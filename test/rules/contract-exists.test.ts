import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'contract-exists';

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
  - { id: web, kind: ecommerce, layer: experience, owner: commerce }
  - id: oms
    kind: oms
    layer: process
    owner: commerce
    contracts:
      - { id: oms-orders, path: contracts/oms.openapi.yaml }
`;

const CONTRACT = {
  'contracts/oms.openapi.yaml': `openapi: 3.1.0
info: { title: OMS, version: 1.0.0 }
paths:
  /orders:
    post:
      operationId: createOrder
      responses:
        '201': { description: Created }
components:
  schemas:
    Order:
      type: object
`,
};

const failing: Case[] = [
  {
    name: 'operation and channel steps name undeclared contracts',
    files: {
      'ownership.yaml': `${HEAD}workflows:
  - id: order-capture
    object: order
    steps:
      - id: submit
        from: web
        to: oms
        mode: sync
        operation: { contract: oms-orders-v2, operation: createOrder }
      - id: announce
        from: oms
        to: web
        mode: async
        channel: { contract: order-events, channel: orderCreated }
`,
      ...CONTRACT,
    },
    expected: [
      { messageId: 'unknownContract', pointer: '/workflows/0/steps/0/operation/contract' },
      { messageId: 'unknownContract', pointer: '/workflows/0/steps/1/channel/contract' },
    ],
  },
  {
    name: 'model and mapping payloads name undeclared contracts',
    files: {
      'ownership.yaml': `${HEAD}canonicalModels:
  - id: order-v1
    object: order
    version: 1.0.0
    schema: models/order.schema.yaml
    payloads:
      - { contract: oms-orders, pointer: /components/schemas/Order }
      - { contract: erp-orders, pointer: /components/schemas/SalesOrder }
mappings:
  - id: order-to-erp
    model: order-v1
    system: oms
    direction: from-canonical
    payload: { contract: erp-orders, pointer: /components/schemas/SalesOrder }
    fields:
      - { from: id, to: externalId }
`,
      'models/order.schema.yaml': 'type: object\n',
      ...CONTRACT,
    },
    expected: [
      { messageId: 'unknownContract', pointer: '/canonicalModels/0/payloads/1/contract' },
      { messageId: 'unknownContract', pointer: '/mappings/0/payload/contract' },
    ],
  },
];

const passing: Case[] = [
  {
    name: 'steps name declared contracts',
    files: {
      'ownership.yaml': `${HEAD}workflows:
  - id: order-capture
    object: order
    steps:
      - { id: submit, from: web, to: oms, mode: sync, operation: { contract: oms-orders, operation: createOrder } }
`,
      ...CONTRACT,
    },
    expected: [],
  },
  {
    name: 'payloads name a contract declared in an included file',
    files: {
      'ownership.yaml': `${HEAD}include: [erp.yaml]
canonicalModels:
  - id: order-v1
    object: order
    version: 1.0.0
    schema: models/order.schema.yaml
    payloads:
      - { contract: erp-orders, pointer: /components/schemas/Order }
`,
      'erp.yaml': `systems:
  - id: erp
    kind: erp
    layer: system
    owner: commerce
    contracts:
      - { id: erp-orders, path: contracts/oms.openapi.yaml }
`,
      'models/order.schema.yaml': 'type: object\n',
      ...CONTRACT,
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

  it('message names the step and the contract', async () => {
    const [finding] = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(finding.message).toBe(
      "step 'submit' of workflow 'order-capture' names contract 'oms-orders-v2', which no system declares under contracts; declare it on the system that exposes the API or correct the id",
    );
  });
});
