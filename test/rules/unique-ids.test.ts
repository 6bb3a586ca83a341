import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'unique-ids';

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

const OMS_CONTRACT = `openapi: 3.1.0
info: { title: OMS, version: 1.0.0 }
paths:
  /orders:
    post:
      operationId: createOrder
      responses:
        '201': { description: Created }
`;

const failing: Case[] = [
  {
    name: 'team declared twice',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: commerce
  - id: finance-it
  - id: commerce
`,
    },
    expected: [{ messageId: 'duplicateId', pointer: '/teams/2/id' }],
  },
  {
    name: 'contract id on two systems and step id twice',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: commerce
systems:
  - id: oms
    kind: oms
    layer: process
    owner: commerce
    contracts:
      - { id: orders-api, path: contracts/oms.openapi.yaml }
  - id: erp
    kind: erp
    layer: system
    owner: commerce
    contracts:
      - { id: orders-api, path: contracts/oms.openapi.yaml }
workflows:
  - id: order-capture
    object: order
    steps:
      - id: create
        from: oms
        to: erp
        mode: async
        operation: { contract: orders-api, operation: createOrder }
      - id: create
        from: oms
        to: erp
        mode: async
        operation: { contract: orders-api, operation: createOrder }
`,
      'contracts/oms.openapi.yaml': OMS_CONTRACT,
    },
    expected: [
      { messageId: 'duplicateContractId', pointer: '/systems/1/contracts/0/id' },
      { messageId: 'duplicateStepId', pointer: '/workflows/0/steps/1/id' },
    ],
  },
  {
    name: 'system and queue repeated in an included file',
    files: {
      'ownership.yaml': `retailgov: 1
include: [more.yaml]
teams:
  - id: commerce
systems:
  - { id: erp, kind: erp, layer: system, owner: commerce }
deadLetter:
  queues:
    - { id: erp-dlq, system: erp }
`,
      'more.yaml': `systems:
  - { id: erp, kind: erp, layer: system, owner: commerce }
deadLetter:
  queues:
    - { id: erp-dlq, system: erp }
`,
    },
    expected: [
      { messageId: 'duplicateId', pointer: '/systems/0/id', file: 'more.yaml' },
      { messageId: 'duplicateId', pointer: '/deadLetter/queues/0/id', file: 'more.yaml' },
    ],
  },
];

const passing: Case[] = [
  {
    name: 'distinct ids in every section',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: commerce
  - id: finance-it
systems:
  - { id: oms, kind: oms, layer: process, owner: commerce }
  - { id: erp, kind: erp, layer: system, owner: finance-it }
deadLetter:
  queues:
    - { id: oms-dlq, system: oms }
    - { id: erp-dlq, system: erp }
`,
    },
    expected: [],
  },
  {
    name: 'same id in different sections and workflows',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: oms
systems:
  - id: oms
    kind: oms
    layer: process
    owner: oms
    contracts:
      - { id: orders-api, path: contracts/oms.openapi.yaml }
workflows:
  - id: order-capture
    object: order
    steps:
      - { id: create, from: oms, to: oms, mode: sync, operation: { contract: orders-api, operation: createOrder } }
  - id: order-import
    object: order
    steps:
      - { id: create, from: oms, to: oms, mode: sync, operation: { contract: orders-api, operation: createOrder } }
`,
      'contracts/oms.openapi.yaml': OMS_CONTRACT,
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

  it('message names the first declaration', async () => {
    const [finding] = await lintWorkspace(writeWorkspace(failing[2].files), [RULE]);
    expect(finding.message).toBe(
      "systems id 'erp' is declared twice (first in ownership.yaml at /systems/0/id); rename one or merge the two declarations",
    );
  });
});
