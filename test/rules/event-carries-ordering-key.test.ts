import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'event-carries-ordering-key';

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
  - id: supply-chain
systems:
  - id: oms
    kind: oms
    layer: process
    owner: supply-chain
    contracts:
      - { id: events, path: contracts/events.asyncapi.yaml }
  - { id: wms, kind: wms, layer: system, owner: supply-chain }
`;

const CONTRACTS = {
  'contracts/events.asyncapi.yaml': `asyncapi: 3.0.0
info: { title: Events, version: 1.0.0 }
channels:
  stockChanged:
    address: stock.changed
    messages:
      stockChanged:
        headers:
          type: object
          properties:
            SKU: { type: string }
        payload: { type: object }
  orderReleased:
    address: order.released
    messages:
      orderReleased:
        payload:
          type: object
          properties:
            order:
              type: object
              properties:
                id: { type: string }
      orderCancelled:
        payload:
          type: object
          properties:
            orderId: { type: string }
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
    name: 'async channel steps without an ordering key',
    files: {
      'ownership.yaml': workflow(`      - { id: stock, from: oms, to: wms, mode: async, channel: { contract: events, channel: stockChanged } }
      - { id: release, from: oms, to: wms, mode: async, channel: { contract: events, channel: orderReleased } }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'missingOrderingKey', pointer: '/workflows/0/steps/0' },
      { messageId: 'missingOrderingKey', pointer: '/workflows/0/steps/1' },
    ],
  },
  {
    name: 'a message without the key field',
    files: {
      'ownership.yaml': workflow(`      - { id: release, from: oms, to: wms, mode: async, orderingKey: order.id, channel: { contract: events, channel: orderReleased } }
      - { id: stock, from: oms, to: wms, mode: async, orderingKey: location, channel: { contract: events, channel: stockChanged } }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'messageWithoutOrderingKey', file: 'contracts/events.asyncapi.yaml', pointer: '/channels/stockChanged/messages/stockChanged' },
      { messageId: 'messageWithoutOrderingKey', file: 'contracts/events.asyncapi.yaml', pointer: '/channels/orderReleased/messages/orderCancelled' },
    ],
  },
];

const passing: Case[] = [
  {
    name: 'keys carried as header or payload object',
    files: {
      'ownership.yaml': workflow(`      - { id: stock, from: oms, to: wms, mode: async, orderingKey: sku, channel: { contract: events, channel: stockChanged } }
`),
      ...CONTRACTS,
    },
    expected: [],
  },
  {
    name: 'sync and operation steps need no ordering key',
    files: {
      'ownership.yaml': workflow(`      - { id: query, from: oms, to: wms, mode: sync, channel: { contract: events, channel: stockChanged } }
      - { id: call, from: oms, to: wms, mode: async, operation: { contract: wms-api, operation: release } }
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

  it('message names the first segment of the key', async () => {
    const findings = await lintWorkspace(writeWorkspace(failing[1].files), [RULE]);
    expect(findings[1].message).toBe(
      "message 'orderCancelled' on channel 'orderReleased' of contract 'events' has no 'order' header or payload property, but step 'release' of workflow 'fulfilment' orders events by 'order.id'; add 'order' to the message or declare a key it carries",
    );
  });
});
