import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'system-exists';

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
      - { id: oms-orders, path: contracts/oms.openapi.yaml }
  - { id: web, kind: ecommerce, layer: experience, owner: commerce }
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
`,
};

const failing: Case[] = [
  {
    name: 'object owner, consumer and field owner not declared',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - id: order
    kind: order
    owner: oms
    consumers: [web, erp]
    fields:
      - { field: tax.amount, owner: tax-engine }
  - { id: product, kind: product, owner: pim }
`,
      ...CONTRACT,
    },
    expected: [
      { messageId: 'unknownSystem', pointer: '/objects/0/consumers/1' },
      { messageId: 'unknownSystem', pointer: '/objects/0/fields/0/owner' },
      { messageId: 'unknownSystem', pointer: '/objects/1/owner' },
    ],
  },
  {
    name: 'workflow, queue, traffic and freeze window name unknown systems',
    files: {
      'ownership.yaml': `${HEAD}workflows:
  - id: order-capture
    object: order
    channels: [web, marketplace]
    steps:
      - id: submit
        from: marketplace
        to: oms
        mode: sync
        operation: { contract: oms-orders, operation: createOrder }
deadLetter:
  queues:
    - { id: dlq, system: broker }
traffic:
  - { channel: pos, workflow: order-capture, expected: 5/s, peak: 50/s }
changeControl:
  freezeWindows:
    - { id: black-friday, start: 2030-11-25, end: 2030-12-02, systems: [oms, erp] }
`,
      ...CONTRACT,
    },
    expected: [
      { messageId: 'unknownSystem', pointer: '/workflows/0/channels/1' },
      { messageId: 'unknownSystem', pointer: '/workflows/0/steps/0/from' },
      { messageId: 'unknownSystem', pointer: '/deadLetter/queues/0/system' },
      { messageId: 'unknownSystem', pointer: '/traffic/0/channel' },
      { messageId: 'unknownSystem', pointer: '/changeControl/freezeWindows/0/systems/1' },
    ],
  },
  {
    name: 'mapping system not declared',
    files: {
      'ownership.yaml': `${HEAD}mappings:
  - id: order-to-erp
    model: order-v1
    system: erp
    direction: from-canonical
    fields:
      - { from: id, to: externalId }
`,
      ...CONTRACT,
    },
    expected: [{ messageId: 'unknownSystem', pointer: '/mappings/0/system' }],
  },
];

const passing: Case[] = [
  {
    name: 'every reference declared',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: order, kind: order, owner: oms, consumers: [web], fields: [{ field: status, owner: oms }] }
workflows:
  - id: order-capture
    object: order
    channels: [web]
    steps:
      - { id: submit, from: web, to: oms, mode: sync, operation: { contract: oms-orders, operation: createOrder } }
deadLetter:
  queues:
    - { id: dlq, system: oms }
traffic:
  - { channel: web, workflow: order-capture, expected: 5/s, peak: 50/s }
changeControl:
  freezeWindows:
    - { id: black-friday, start: 2030-11-25, end: 2030-12-02, systems: [oms] }
    - { id: christmas, start: 2030-12-20, end: 2030-12-27 }
`,
      ...CONTRACT,
    },
    expected: [],
  },
  {
    name: 'systems declared in an included file',
    files: {
      'ownership.yaml': `${HEAD}include: [erp.yaml]
objects:
  - { id: order, kind: order, owner: oms, consumers: [erp] }
`,
      'erp.yaml': `systems:
  - { id: erp, kind: erp, layer: system, owner: commerce }
`,
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

  it('message names the referrer and the system', async () => {
    const findings = await lintWorkspace(writeWorkspace(failing[1].files), [RULE]);
    expect(findings[1].message).toBe(
      "step 'submit' of workflow 'order-capture' (from) names system 'marketplace', which is not declared under systems; add the system or correct the id",
    );
  });
});
