import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'write-requires-idempotency-key';

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
  - { id: marketplace, kind: marketplace, layer: experience, owner: commerce }
  - { id: oms, kind: oms, layer: process, owner: commerce }
  - id: erp
    kind: erp
    layer: system
    owner: commerce
    contracts:
      - { id: erp-api, path: contracts/erp.openapi.yaml }
`;

const CONTRACT = {
  'contracts/erp.openapi.yaml': `openapi: 3.1.0
info: { title: ERP, version: 1.0.0 }
paths:
  /documents:
    post:
      operationId: postDocument
      responses:
        '201': { description: Created }
`,
};

function workflow(steps: string): string {
  return `${HEAD}workflows:
  - id: order-to-cash
    object: order
    steps:
${steps}`;
}

const failing: Case[] = [
  {
    name: 'order, refund and stock writes without a key',
    files: {
      'ownership.yaml': workflow(`      - { id: post-order, from: oms, to: erp, mode: async, writes: order, operation: { contract: erp-api, operation: postDocument } }
      - { id: post-refund, from: oms, to: erp, mode: async, writes: refund, operation: { contract: erp-api, operation: postDocument } }
      - { id: adjust, from: oms, to: erp, mode: async, writes: stock-adjustment, operation: { contract: erp-api, operation: postDocument } }
`),
      ...CONTRACT,
    },
    expected: [
      { messageId: 'missingKey', pointer: '/workflows/0/steps/0/writes' },
      { messageId: 'missingKey', pointer: '/workflows/0/steps/1/writes' },
      { messageId: 'missingKey', pointer: '/workflows/0/steps/2/writes' },
    ],
  },
  {
    name: 'keys derived from values that change per attempt',
    files: {
      'ownership.yaml': workflow(`      - id: post-payment
        from: oms
        to: erp
        mode: async
        writes: payment
        idempotencyKey: { in: header, name: Idempotency-Key, from: [order.id, uuid()] }
        operation: { contract: erp-api, operation: postDocument }
      - id: post-journal
        from: oms
        to: erp
        mode: async
        writes: financial-posting
        idempotencyKey: { in: body, name: reference, from: [document.id, Date.now, request.timestamp, randomSuffix] }
        operation: { contract: erp-api, operation: postDocument }
`),
      ...CONTRACT,
    },
    expected: [
      { messageId: 'unstableSource', pointer: '/workflows/0/steps/0/idempotencyKey/from/1' },
      { messageId: 'unstableSource', pointer: '/workflows/0/steps/1/idempotencyKey/from/1' },
      { messageId: 'unstableSource', pointer: '/workflows/0/steps/1/idempotencyKey/from/2' },
      { messageId: 'unstableSource', pointer: '/workflows/0/steps/1/idempotencyKey/from/3' },
    ],
  },
];

const passing: Case[] = [
  {
    name: 'keys derived from business identity',
    files: {
      'ownership.yaml': workflow(`      - id: post-order
        from: oms
        to: erp
        mode: async
        writes: order
        idempotencyKey: { in: header, name: Idempotency-Key, from: [channel, order.id, operation] }
        operation: { contract: erp-api, operation: postDocument }
      - id: adjust
        from: oms
        to: erp
        mode: async
        writes: stock-adjustment
        idempotencyKey: { in: body, name: adjustmentId, from: [location, sku, adjustment.id, knownAt] }
        operation: { contract: erp-api, operation: postDocument }
`),
      ...CONTRACT,
    },
    expected: [],
  },
  {
    name: 'writes that need no key and steps without writes',
    files: {
      'ownership.yaml': workflow(`      - { id: publish-price, from: oms, to: erp, mode: async, writes: price, operation: { contract: erp-api, operation: postDocument } }
      - { id: ship, from: oms, to: erp, mode: async, writes: shipment, operation: { contract: erp-api, operation: postDocument } }
      - { id: read, from: marketplace, to: oms, mode: sync, operation: { contract: erp-api, operation: postDocument } }
`),
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

  it('messages suggest business identity', async () => {
    const [missing] = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(missing.message).toBe(
      "step 'post-order' of workflow 'order-to-cash' writes order but declares no idempotency key; derive one from business identity such as [channel, order.id, operation]",
    );
    const [unstable] = await lintWorkspace(writeWorkspace(failing[1].files), [RULE]);
    expect(unstable.message).toBe(
      "idempotency key 'Idempotency-Key' of step 'post-payment' in workflow 'order-to-cash' is derived from 'uuid()', which changes on every attempt; derive it from business identity such as [order.id, payment.attempt]",
    );
  });
});
