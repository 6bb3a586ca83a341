import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'event-carries-version';

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
  - id: supply-chain
systems:
  - id: oms
    kind: oms
    layer: process
    owner: supply-chain
    contracts:
      - { id: stock-events, path: contracts/stock-events.asyncapi.yaml }
      - { id: legacy-events, path: contracts/legacy-events.asyncapi.yaml }
  - { id: marketplace, kind: marketplace, layer: experience, owner: supply-chain }
`;

const STOCK_EVENTS = `asyncapi: 3.0.0
info: { title: Stock events, version: 1.0.0 }
channels:
  stockAvailable:
    address: stock.available
    messages:
      stockAvailable:
        $ref: '#/components/messages/StockAvailable'
      stockCorrected:
        name: stockCorrected.v2
        x-version: 2
        payload:
          type: object
          properties:
            sku: { type: string }
  stockReserved:
    address: stock.reserved
    messages:
      stockReserved:
        headers:
          type: object
          properties:
            schema_version: { type: string }
        payload: { type: object }
components:
  messages:
    StockAvailable:
      payload:
        type: object
        properties:
          sku: { type: string }
`;

const LEGACY_EVENTS = `asyncapi: 2.6.0
info: { title: Legacy events, version: 1.0.0 }
channels:
  stock/changed:
    subscribe:
      message:
        oneOf:
          - messageId: stockChanged
            payload:
              type: object
              properties:
                specversion: { type: string }
          - messageId: stockDeleted
            payload:
              type: object
              properties:
                Version: { type: string }
`;

const CONTRACTS = {
  'contracts/stock-events.asyncapi.yaml': STOCK_EVENTS,
  'contracts/legacy-events.asyncapi.yaml': LEGACY_EVENTS,
};

function workflow(steps: string): string {
  return `${HEAD}workflows:
  - id: stock-publishing
    object: stock-available
    steps:
${steps}`;
}

const failing: Case[] = [
  {
    name: 'messages without a version field',
    files: {
      'ownership.yaml': workflow(`      - { id: publish, from: oms, to: marketplace, mode: async, channel: { contract: stock-events, channel: stockAvailable } }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'missingVersion', file: 'contracts/stock-events.asyncapi.yaml', pointer: '/channels/stockAvailable/messages/stockCorrected' },
      { messageId: 'missingVersion', file: 'contracts/stock-events.asyncapi.yaml', pointer: '/components/messages/StockAvailable' },
    ],
  },
  {
    name: 'two steps on one channel report each message once',
    files: {
      'ownership.yaml': workflow(`      - { id: publish, from: oms, to: marketplace, mode: async, channel: { contract: stock-events, channel: stockAvailable } }
      - { id: republish, from: oms, to: marketplace, mode: async, channel: { contract: stock-events, channel: stock.available } }
      - { id: reserve, from: oms, to: marketplace, mode: async, channel: { contract: stock-events, channel: stockReserved } }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'missingVersion', file: 'contracts/stock-events.asyncapi.yaml', pointer: '/channels/stockAvailable/messages/stockCorrected' },
      { messageId: 'missingVersion', file: 'contracts/stock-events.asyncapi.yaml', pointer: '/components/messages/StockAvailable' },
    ],
  },
];

const passing: Case[] = [
  {
    name: 'version in header or payload under other spellings',
    files: {
      'ownership.yaml': workflow(`      - { id: reserve, from: oms, to: marketplace, mode: async, channel: { contract: stock-events, channel: stockReserved } }
      - { id: legacy, from: oms, to: marketplace, mode: async, channel: { contract: legacy-events, channel: stock/changed } }
`),
      ...CONTRACTS,
    },
    expected: [],
  },
  {
    name: 'sync channel steps are not checked',
    files: {
      'ownership.yaml': workflow(`      - { id: publish, from: oms, to: marketplace, mode: sync, channel: { contract: stock-events, channel: stockAvailable } }
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

  it('reports at warn severity by default', async () => {
    const findings = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(findings.map((finding) => finding.severity)).toEqual(['warn', 'warn']);
  });
});
