import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'team-exists';

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

const failing: Case[] = [
  {
    name: 'system owner not declared',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: finance-it
systems:
  - { id: erp, kind: erp, layer: system, owner: finance }
  - { id: oms, kind: oms, layer: process, owner: finance-it }
`,
    },
    expected: [{ messageId: 'unknownTeam', pointer: '/systems/0/owner' }],
  },
  {
    name: 'dead-letter and change-control teams not declared',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: finance-it
systems:
  - { id: erp, kind: erp, layer: system, owner: finance-it }
deadLetter:
  queues:
    - { id: erp-dlq, system: erp, owner: integration }
  exceptionClasses:
    - id: erp-down
      kind: downstream-unavailable
      owner: payments-ops
      businessImpact: Orders wait for posting
      replay: { mode: manual, approver: finance-lead }
changeControl:
  breakingChangeApprovers: [finance-it, architecture-board]
  waivers:
    - rule: channel-sync-never-waits-on-erp
      target: b2b-order
      approver: cto-office
      reason: Credit check needs the ERP
      expires: 2030-01-31
`,
    },
    expected: [
      { messageId: 'unknownTeam', pointer: '/deadLetter/queues/0/owner' },
      { messageId: 'unknownTeam', pointer: '/deadLetter/exceptionClasses/0/owner' },
      { messageId: 'unknownTeam', pointer: '/deadLetter/exceptionClasses/0/replay/approver' },
      { messageId: 'unknownTeam', pointer: '/changeControl/breakingChangeApprovers/1' },
      { messageId: 'unknownTeam', pointer: '/changeControl/waivers/0/approver' },
    ],
  },
  {
    name: 'approver in an included file',
    files: {
      'ownership.yaml': `retailgov: 1
include: [change.yaml]
teams:
  - id: finance-it
changeControl:
  breakingChangeApprovers: [finance-it]
`,
      'change.yaml': `changeControl:
  breakingChangeApprovers: [board]
`,
    },
    expected: [{ messageId: 'unknownTeam', pointer: '/changeControl/breakingChangeApprovers/0', file: 'change.yaml' }],
  },
];

const passing: Case[] = [
  {
    name: 'every team declared',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: finance-it
  - id: payments-ops
systems:
  - { id: erp, kind: erp, layer: system, owner: finance-it }
deadLetter:
  queues:
    - { id: erp-dlq, system: erp, owner: finance-it }
  exceptionClasses:
    - id: erp-down
      kind: downstream-unavailable
      owner: payments-ops
      businessImpact: Orders wait for posting
      replay: { mode: manual, approver: finance-it }
changeControl:
  breakingChangeApprovers: [finance-it]
  waivers:
    - rule: channel-sync-never-waits-on-erp
      target: b2b-order
      approver: finance-it
      reason: Credit check needs the ERP
      expires: 2030-01-31
`,
    },
    expected: [],
  },
  {
    name: 'teams declared in an included file',
    files: {
      'ownership.yaml': `retailgov: 1
include: [teams.yaml]
systems:
  - { id: erp, kind: erp, layer: system, owner: finance-it }
`,
      'teams.yaml': `teams:
  - id: finance-it
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

  it('message names the referrer and the team', async () => {
    const [finding] = await lintWorkspace(writeWorkspace(failing[0].files), [RULE]);
    expect(finding.message).toBe(
      "system 'erp' (owner) names team 'finance', which is not declared under teams; add the team or correct the id",
    );
  });
});
