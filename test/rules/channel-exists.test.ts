import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'channel-exists';

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
      - { id: stock-events, path: contracts/stock-events.asyncapi.yaml }
      - { id: legacy-events, path: contracts/legacy-events.asyncapi.yaml }
      - { id: oms-api, path: contracts/oms.openapi.yaml }
  - { id: marketplace, kind: marketplace, layer: experience, owner: supply-chain }
`;

const CONTRACTS = {
  'contracts/stock-events.asyncapi.yaml': `asyncapi: 3.0.0
info: { title: Stock events, version: 1.0.0 }
channels:
  stockAvailable:
    address: stock.available
    messages:
      stockAvailable:
        payload: { type: object }
  stockReserved:
    address: stock.reserved
    messages:
      stockReserved:
        payload: { type: object }
operations:
  publishStockAvailable:
    action: send
    channel: { $ref: '#/channels/stockAvailable' }
  publishStockReserved:
    action: send
    channel: { $ref: '#/channels/stockReserved' }
`,
  'contracts/legacy-events.asyncapi.yaml': `asyncapi: 2.6.0
info: { title: Legacy stock events, version: 1.0.0 }
channels:
  stock/changed:
    subscribe:
      operationId: onStockChanged
      message:
        payload: { type: object }
`,
  'contracts/oms.openapi.yaml': `openapi: 3.1.0
info: { title: OMS, version: 1.0.0 }
paths:
  /stock:
    get:
      operationId: getStock
      responses:
        '200': { description: OK }
`,
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
    name: 'unknown channel and operations not on the channel',
    files: {
      'ownership.yaml': workflow(`      - { id: a, from: oms, to: marketplace, mode: async, channel: { contract: stock-events, channel: stock.available.v2 } }
      - id: b
        from: oms
        to: marketplace
        mode: async
        channel: { contract: stock-events, channel: stockAvailable, operation: publishStockReserved }
      - id: c
        from: oms
        to: marketplace
        mode: async
        channel: { contract: legacy-events, channel: stock/changed, operation: publishStockChanged }
`),
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'unknownChannel', pointer: '/workflows/0/steps/0/channel/channel' },
      { messageId: 'operationOnOtherChannel', pointer: '/workflows/0/steps/1/channel/operation' },
      { messageId: 'unknownOperation', pointer: '/workflows/0/steps/2/channel/operation' },
    ],
  },
  {
    name: 'channel named in an OpenAPI contract',
    files: {
      'ownership.yaml': workflow(`      - { id: a, from: oms, to: marketplace, mode: async, channel: { contract: oms-api, channel: stock } }
`),
      ...CONTRACTS,
    },
    expected: [{ messageId: 'notAsyncApi', pointer: '/workflows/0/steps/0/channel/contract' }],
  },
];

const passing: Case[] = [
  {
    name: 'AsyncAPI 3 channel by id and by address',
    files: {
      'ownership.yaml': workflow(`      - id: a
        from: oms
        to: marketplace
        mode: async
        channel: { contract: stock-events, channel: stockAvailable, operation: publishStockAvailable }
      - { id: b, from: oms, to: marketplace, mode: async, channel: { contract: stock-events, channel: stock.reserved } }
`),
      ...CONTRACTS,
    },
    expected: [],
  },
  {
    name: 'AsyncAPI 2 address with its operationId',
    files: {
      'ownership.yaml': workflow(`      - id: a
        from: oms
        to: marketplace
        mode: async
        channel: { contract: legacy-events, channel: stock/changed, operation: onStockChanged }
      - { id: b, from: oms, to: marketplace, mode: sync, operation: { contract: oms-api, operation: getStock } }
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

  it('message names the channel that owns the operation', async () => {
    const findings = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(findings[1].message).toBe(
      "step 'b' of workflow 'stock-publishing' names operation 'publishStockReserved', which belongs to channel 'stockReserved', not 'stockAvailable'; name the matching channel or operation",
    );
  });
});
