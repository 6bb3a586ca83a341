import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'channel-sync-never-waits-on-erp';

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
  - { id: pos, kind: pos, layer: experience, owner: commerce }
  - { id: web, kind: ecommerce, layer: experience, owner: commerce }
  - { id: portal, kind: b2b-portal, layer: experience, owner: commerce }
  - { id: gateway, kind: middleware, layer: process, owner: commerce }
  - { id: oms, kind: oms, layer: process, owner: commerce }
  - { id: tax, kind: tax, layer: system, owner: commerce }
  - { id: erp, kind: erp, layer: system, owner: commerce }
`;

// The steps name contracts that are not declared: this rule reads only systems and modes.
const failing: Case[] = [
  {
    name: 'channels calling the ERP directly or through the OMS',
    files: {
      'ownership.yaml': `${HEAD}workflows:
  - id: store-sale
    object: order
    steps:
      - { id: book-sale, from: pos, to: erp, mode: sync, operation: { contract: api, operation: call } }
  - id: checkout
    object: order
    steps:
      - { id: place, from: web, to: oms, mode: sync, operation: { contract: api, operation: call } }
      - { id: tax, from: oms, to: tax, mode: sync, operation: { contract: api, operation: call } }
      - { id: post, from: oms, to: erp, mode: sync, operation: { contract: api, operation: call } }
`,
    },
    expected: [
      { messageId: 'syncWaitsOnErp', pointer: '/workflows/0/steps/0/to' },
      { messageId: 'syncWaitsOnErp', pointer: '/workflows/1/steps/2/to' },
    ],
  },
  {
    name: 'channel-facing step from middleware and a chain of two hops',
    files: {
      'ownership.yaml': `${HEAD}workflows:
  - id: b2b-order
    object: order
    steps:
      - { id: quote, from: gateway, to: oms, mode: sync, channelFacing: true, operation: { contract: api, operation: call } }
      - { id: credit, from: oms, to: gateway, mode: sync, operation: { contract: api, operation: call } }
      - { id: check, from: gateway, to: erp, mode: sync, operation: { contract: api, operation: call } }
`,
    },
    expected: [{ messageId: 'syncWaitsOnErp', pointer: '/workflows/0/steps/2/to' }],
  },
];

const passing: Case[] = [
  {
    name: 'ERP posting after an async hand-off',
    files: {
      'ownership.yaml': `${HEAD}workflows:
  - id: checkout
    object: order
    steps:
      - { id: place, from: web, to: oms, mode: sync, operation: { contract: api, operation: call } }
      - { id: queue, from: oms, to: gateway, mode: async, operation: { contract: api, operation: call } }
      - { id: post, from: gateway, to: erp, mode: sync, operation: { contract: api, operation: call } }
`,
    },
    expected: [],
  },
  {
    name: 'ERP called by systems no channel waits on',
    files: {
      'ownership.yaml': `${HEAD}workflows:
  - id: nightly
    object: order
    steps:
      - { id: post, from: oms, to: erp, mode: sync, operation: { contract: api, operation: call } }
      - { id: report, from: portal, to: oms, mode: async, operation: { contract: api, operation: call } }
      - { id: reconcile, from: oms, to: erp, mode: sync, operation: { contract: api, operation: call } }
  - id: quote
    object: order
    steps:
      - { id: price, from: portal, to: oms, mode: sync, operation: { contract: api, operation: call } }
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

  it('message shows the waiting channel and the chain', async () => {
    const findings = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(findings[1].message).toBe(
      "step 'post' of workflow 'checkout' calls ERP 'erp' on the synchronous path that channel 'web' waits on (place -> post); make the ERP call async, for example post through a queue after the channel has its answer",
    );
  });
});
