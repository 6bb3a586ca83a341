import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'event-carries-correlation-id';

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
      - { id: events, path: contracts/events.asyncapi.yaml }
      - { id: legacy, path: contracts/legacy.asyncapi.yaml }
  - { id: wms, kind: wms, layer: system, owner: commerce }
`;

const CONTRACTS = {
  'contracts/events.asyncapi.yaml': `asyncapi: 3.0.0
info: { title: Events, version: 1.0.0 }
channels:
  orderReleased:
    address: order.released
    messages:
      orderReleased:
        traits:
          - $ref: '#/components/messageTraits/Traced'
        payload: { type: object }
      orderHeld:
        payload:
          type: object
          properties:
            orderId: { type: string }
components:
  messageTraits:
    Traced:
      headers:
        type: object
        properties:
          X-Correlation-Id: { type: string }
`,
  'contracts/legacy.asyncapi.yaml': `asyncapi: 2.6.0
info: { title: Legacy, version: 1.0.0 }
channels:
  shipment/confirmed:
    publish:
      message:
        correlationId:
          location: $message.header#/traceId
        payload: { type: object }
`,
};

function workflow(steps: string): string {
  return `${HEAD}workflows:
  - id: fulfilment
    object: order
    steps:
${steps}`;
}

const failing: Case[] = [
  {
    name: 'async steps without a correlation id',
    files: {
      'ownership.yaml': workflow(`      - { id: release, from: oms, to: wms, mode: async, channel: { contract: events, channel: orderReleased } }
      - { id: call, from: oms, to: wms, mode: async, operation: { contract: wms-api, operation: release } }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'missingCorrelationId', pointer: '/workflows/0/steps/0' },
      { messageId: 'missingCorrelationId', pointer: '/workflows/0/steps/1' },
    ],
  },
  {
    name: 'a message without the declared field',
    files: {
      'ownership.yaml': workflow(`      - id: release
        from: oms
        to: wms
        mode: async
        correlationId: { in: message-header, name: x-correlation-id }
        channel: { contract: events, channel: orderReleased }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'messageWithoutCorrelationId', file: 'contracts/events.asyncapi.yaml', pointer: '/channels/orderReleased/messages/orderHeld' },
    ],
  },
];

const passing: Case[] = [
  {
    name: 'correlationId object and header from a trait',
    files: {
      'ownership.yaml': workflow(`      - id: confirm
        from: oms
        to: wms
        mode: async
        correlationId: { in: message-header, name: traceId }
        channel: { contract: legacy, channel: shipment/confirmed }
      - id: call
        from: oms
        to: wms
        mode: async
        correlationId: { in: header, name: X-Correlation-Id }
        operation: { contract: wms-api, operation: release }
`),
      ...CONTRACTS,
    },
    expected: [],
  },
  {
    name: 'sync steps need no correlation id',
    files: {
      'ownership.yaml': workflow(`      - { id: release, from: oms, to: wms, mode: sync, channel: { contract: events, channel: orderReleased } }
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

  it('message names the step', async () => {
    const [finding] = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(finding.message).toBe(
      "async step 'release' of workflow 'fulfilment' declares no correlation id; add `correlationId:` with where it travels and its name, for example a message header X-Correlation-Id",
    );
  });
});
