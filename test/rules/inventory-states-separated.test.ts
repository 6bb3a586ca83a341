import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'inventory-states-separated';

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
  - id: erp
    kind: erp
    layer: system
    owner: supply-chain
    contracts:
      - { id: erp-stock, path: contracts/erp-stock.openapi.yaml }
  - id: oms
    kind: oms
    layer: process
    owner: supply-chain
    contracts:
      - { id: oms-stock, path: contracts/oms-stock.openapi.yaml }
  - { id: wms, kind: wms, layer: system, owner: supply-chain }
`;

const CONTRACT = `openapi: 3.1.0
info: { title: Stock, version: 1.0.0 }
paths:
  /adjustments:
    post:
      operationId: postAdjustment
      responses:
        '201': { description: Created }
`;

const CONTRACTS = { 'contracts/erp-stock.openapi.yaml': CONTRACT, 'contracts/oms-stock.openapi.yaml': CONTRACT };

const ALL_STATES = `objects:
  - { id: stock-on-hand, kind: inventory-physical, owner: erp }
  - { id: stock-reserved, kind: inventory-reserved, owner: oms }
  - { id: stock-available, kind: inventory-available-to-sell, owner: oms }
`;

const failing: Case[] = [
  {
    name: 'one physical stock object only',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: stock, kind: inventory-physical, owner: erp }
`,
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'missingInventoryState', pointer: '/objects/0/kind' },
      { messageId: 'missingInventoryState', pointer: '/objects/0/kind' },
    ],
  },
  {
    name: 'stock adjustment written without any inventory object',
    files: {
      'ownership.yaml': `${HEAD}workflows:
  - id: cycle-count
    object: stock
    steps:
      - id: post-count
        from: wms
        to: erp
        mode: sync
        writes: stock-adjustment
        operation: { contract: erp-stock, operation: postAdjustment }
`,
      ...CONTRACTS,
    },
    expected: [
      { messageId: 'missingInventoryState', pointer: '/workflows/0/steps/0/writes' },
      { messageId: 'missingInventoryState', pointer: '/workflows/0/steps/0/writes' },
      { messageId: 'missingInventoryState', pointer: '/workflows/0/steps/0/writes' },
    ],
  },
  {
    name: 'stock adjustment sent to the owner of available-to-sell',
    files: {
      'ownership.yaml': `${HEAD}${ALL_STATES}workflows:
  - id: cycle-count
    object: stock-on-hand
    steps:
      - id: post-count
        from: wms
        to: oms
        mode: sync
        writes: stock-adjustment
        operation: { contract: oms-stock, operation: postAdjustment }
`,
      ...CONTRACTS,
    },
    expected: [{ messageId: 'adjustmentToAvailableOwner', pointer: '/workflows/0/steps/0/to' }],
  },
];

const passing: Case[] = [
  {
    name: 'three states and adjustments to the physical owner',
    files: {
      'ownership.yaml': `${HEAD}${ALL_STATES}workflows:
  - id: cycle-count
    object: stock-on-hand
    steps:
      - id: post-count
        from: wms
        to: erp
        mode: sync
        writes: stock-adjustment
        operation: { contract: erp-stock, operation: postAdjustment }
`,
      ...CONTRACTS,
    },
    expected: [],
  },
  {
    name: 'estate without inventory',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: order, kind: order, owner: oms }
`,
      ...CONTRACTS,
    },
    expected: [],
  },
  {
    name: 'adjustment to a system owning both physical and available stock',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: stock-on-hand, kind: inventory-physical, owner: oms }
  - { id: stock-reserved, kind: inventory-reserved, owner: oms }
  - { id: stock-available, kind: inventory-available-to-sell, owner: oms }
workflows:
  - id: cycle-count
    object: stock-on-hand
    steps:
      - id: post-count
        from: wms
        to: oms
        mode: sync
        writes: stock-adjustment
        operation: { contract: oms-stock, operation: postAdjustment }
`,
      ...CONTRACTS,
    },
    expected: [],
  },
];

async function findingsOf(files: Record<string, string>): Promise<Array<Required<Expected> & { ruleId: string; message: string }>> {
  const findings = await lintWorkspace(writeWorkspace(files), [RULE]);
  return findings.map((f) => ({
    ruleId: f.ruleId, messageId: f.messageId, file: f.location.file, pointer: f.location.pointer, message: f.message,
  }));
}

describe(RULE, () => {
  it.each(failing)('reports $name', async ({ files, expected }) => {
    const findings = (await findingsOf(files)).map(({ message: _message, ...rest }) => rest);
    expect(findings).toEqual(expected.map((e) => ({ ruleId: RULE, file: 'ownership.yaml', ...e })));
  });

  it.each(passing)('accepts $name', async ({ files }) => {
    expect(await findingsOf(files)).toEqual([]);
  });

  it('names each missing state', async () => {
    const messages = (await findingsOf(failing[0].files)).map((finding) => finding.message);
    expect(messages).toEqual([
      "the estate tracks inventory (object 'stock' is inventory-physical) but declares no inventory-reserved object; declare physical, reserved and available-to-sell stock as three objects, each with its own owner",
      "the estate tracks inventory (object 'stock' is inventory-physical) but declares no inventory-available-to-sell object; declare physical, reserved and available-to-sell stock as three objects, each with its own owner",
    ]);
  });

  it('names the owner of physical stock', async () => {
    const [finding] = await findingsOf(failing[2].files);
    expect(finding.message).toBe(
      "step 'post-count' of workflow 'cycle-count' sends a stock adjustment to 'oms', which owns available-to-sell stock but not physical stock; send it to the owner of physical stock ('erp') and let available-to-sell be recomputed",
    );
  });
});
