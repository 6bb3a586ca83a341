import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'idempotency-key-in-contract';

interface Expected {
  messageId: string;
  pointer: string;
  file: string;
}

interface Case {
  name: string;
  files: Record<string, string>;
  expected: Expected[];
}

const HEAD = `retailgov: 1
teams:
  - id: payments
systems:
  - id: oms
    kind: oms
    layer: process
    owner: payments
    contracts:
      - { id: refund-events, path: contracts/refund-events.asyncapi.yaml }
  - id: psp
    kind: payment
    layer: system
    owner: payments
    contracts:
      - { id: psp-api, path: contracts/psp.openapi.yaml }
      - { id: psp-legacy, path: contracts/psp.swagger.yaml }
`;

const CONTRACTS = {
  'contracts/psp.openapi.yaml': `openapi: 3.1.0
info: { title: PSP, version: 1.0.0 }
paths:
  /refunds:
    post:
      operationId: createRefund
      parameters:
        - { name: X-Request-Id, in: header, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Refund' }
      responses:
        '201': { description: Created }
  /payments:
    post:
      operationId: capturePayment
      parameters:
        - { name: paypal-request-id, in: header, schema: { type: string } }
      responses:
        '201': { description: Created }
  /captures:
    post:
      operationId: createCapture
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                idempotency_key: { type: string }
      responses:
        '201': { description: Created }
components:
  schemas:
    Refund:
      type: object
      properties:
        paymentId: { type: string }
        reference: { type: string }
`,
  'contracts/psp.swagger.yaml': `swagger: '2.0'
info: { title: PSP legacy, version: 1.0.0 }
paths:
  /refunds:
    post:
      operationId: legacyRefund
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - { name: amount, in: formData, type: integer }
      responses:
        '201': { description: Created }
`,
  'contracts/refund-events.asyncapi.yaml': `asyncapi: 3.0.0
info: { title: Refund events, version: 1.0.0 }
channels:
  refundRequested:
    address: refund.requested
    messages:
      refundRequested:
        headers:
          type: object
          properties:
            dedupId: { type: string }
        payload:
          type: object
          properties:
            refundId: { type: string }
      refundCorrected:
        payload:
          type: object
          properties:
            refundId: { type: string }
`,
};

function workflow(steps: string): string {
  return `${HEAD}workflows:
  - id: refunds
    object: refund
    steps:
${steps}`;
}

const failing: Case[] = [
  {
    name: 'operations without the declared key',
    files: {
      'ownership.yaml': workflow(`      - id: refund
        from: oms
        to: psp
        mode: sync
        writes: refund
        idempotencyKey: { in: header, name: Idempotency-Key, from: [return.id] }
        operation: { contract: psp-api, operation: createRefund }
      - id: legacy-refund
        from: oms
        to: psp
        mode: sync
        writes: refund
        idempotencyKey: { in: body, name: refundReference, from: [return.id] }
        operation: { contract: psp-legacy, operation: legacyRefund }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'operationWithoutKey', file: 'contracts/psp.openapi.yaml', pointer: '/paths/~1refunds/post' },
      { messageId: 'operationWithoutKey', file: 'contracts/psp.swagger.yaml', pointer: '/paths/~1refunds/post' },
    ],
  },
  {
    name: 'a message of the channel without the key',
    files: {
      'ownership.yaml': workflow(`      - id: request
        from: oms
        to: psp
        mode: async
        writes: refund
        idempotencyKey: { in: message-header, name: dedupId, from: [return.id] }
        channel: { contract: refund-events, channel: refundRequested }
      - id: request-again
        from: oms
        to: psp
        mode: async
        writes: refund
        idempotencyKey: { in: message-header, name: dedupId, from: [return.id] }
        channel: { contract: refund-events, channel: refund.requested }
`),
      ...CONTRACTS,
    },
    expected: [
      {
        messageId: 'messageWithoutKey',
        file: 'contracts/refund-events.asyncapi.yaml',
        pointer: '/channels/refundRequested/messages/refundCorrected',
      },
    ],
  },
];

const passing: Case[] = [
  {
    name: 'declared body property, well-known header and body name',
    files: {
      'ownership.yaml': workflow(`      - id: refund
        from: oms
        to: psp
        mode: sync
        writes: refund
        idempotencyKey: { in: body, name: reference, from: [return.id] }
        operation: { contract: psp-api, operation: createRefund }
      - id: capture
        from: oms
        to: psp
        mode: sync
        writes: payment
        idempotencyKey: { in: header, name: Idempotency-Key, from: [order.id] }
        operation: { contract: psp-api, operation: capturePayment }
      - id: capture-again
        from: oms
        to: psp
        mode: sync
        writes: payment
        idempotencyKey: { in: header, name: Idempotency-Key, from: [order.id] }
        operation: { contract: psp-api, operation: createCapture }
`),
      ...CONTRACTS,
    },
    expected: [],
  },
  {
    name: 'declared header name in other case, form field and no key',
    files: {
      'ownership.yaml': workflow(`      - id: refund
        from: oms
        to: psp
        mode: sync
        writes: refund
        idempotencyKey: { in: header, name: x-request-id, from: [return.id] }
        operation: { contract: psp-api, operation: createRefund }
      - id: legacy-refund
        from: oms
        to: psp
        mode: sync
        writes: refund
        idempotencyKey: { in: body, name: Amount, from: [return.id] }
        operation: { contract: psp-legacy, operation: legacyRefund }
      - { id: notify, from: oms, to: psp, mode: async, channel: { contract: refund-events, channel: refundRequested } }
`),
      ...CONTRACTS,
    },
    expected: [],
  },
];

async function findingsOf(files: Record<string, string>): Promise<Array<Expected & { ruleId: string }>> {
  const findings = await lintWorkspace(writeWorkspace(files), [RULE]);
  return findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, file: f.location.file, pointer: f.location.pointer }));
}

describe(RULE, () => {
  it.each(failing)('reports $name', async ({ files, expected }) => {
    expect(await findingsOf(files)).toEqual(expected.map((e) => ({ ruleId: RULE, ...e })));
  });

  it.each(passing)('accepts $name', async ({ files }) => {
    expect(await findingsOf(files)).toEqual([]);
  });

  it('message names the operation and the step', async () => {
    const [finding] = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(finding.message).toBe(
      "operation 'createRefund' of contract 'psp-api' has no 'Idempotency-Key' header parameter or body property (nor a well-known idempotency header), but step 'refund' of workflow 'refunds' declares that key; add it to the contract or declare the name the API uses",
    );
    expect(finding.location.line).toBe(5);
  });
});
