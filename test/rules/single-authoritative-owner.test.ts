import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'single-authoritative-owner';

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
  - { id: erp, kind: erp, layer: system, owner: supply-chain }
  - { id: wms, kind: wms, layer: system, owner: supply-chain }
  - { id: pim, kind: pim, layer: system, owner: supply-chain }
`;

const failing: Case[] = [
  {
    name: 'physical stock owned by two systems',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: stock-on-hand, kind: inventory-physical, owner: erp }
  - { id: shelf-stock, kind: inventory-physical, owner: wms }
  - { id: bin-stock, kind: inventory-physical, owner: wms }
`,
    },
    expected: [
      { messageId: 'kindOwnedTwice', pointer: '/objects/1/owner' },
      { messageId: 'kindOwnedTwice', pointer: '/objects/2/owner' },
    ],
  },
  {
    name: 'field listed twice with different owners',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - id: product
    kind: product
    owner: pim
    fields:
      - { field: price.amount, owner: erp }
      - { field: description, owner: pim }
      - { field: price.amount, owner: wms }
`,
    },
    expected: [{ messageId: 'fieldOwnedTwice', pointer: '/objects/0/fields/2/owner' }],
  },
  {
    name: 'second owner in an included file',
    files: {
      'ownership.yaml': `${HEAD}include: [stock.yaml]
objects:
  - { id: stock-on-hand, kind: inventory-physical, owner: erp }
`,
      'stock.yaml': `objects:
  - { id: shelf-stock, kind: inventory-physical, owner: wms }
`,
    },
    expected: [{ messageId: 'kindOwnedTwice', pointer: '/objects/0/owner', file: 'stock.yaml' }],
  },
];

const passing: Case[] = [
  {
    name: 'one owner per kind with consumers',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: stock-on-hand, kind: inventory-physical, owner: wms, consumers: [erp] }
  - { id: product, kind: product, owner: pim, consumers: [erp, wms] }
`,
    },
    expected: [],
  },
  {
    name: 'two objects of a kind with the same owner and a field repeated with the same owner',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: store-stock, kind: inventory-physical, owner: erp }
  - { id: warehouse-stock, kind: inventory-physical, owner: erp }
  - id: product
    kind: product
    owner: pim
    fields:
      - { field: price.amount, owner: erp }
      - { field: price.amount, owner: erp }
`,
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

  it('message names both owners', async () => {
    const [finding] = await lintWorkspace(writeWorkspace(failing[2].files), [RULE]);
    expect(finding.message).toBe(
      "object 'shelf-stock' (inventory-physical) is owned by system 'wms', but object 'stock-on-hand' of the same kind is owned by 'erp'; make one system authoritative for inventory-physical and list the other as a consumer",
    );
  });
});
