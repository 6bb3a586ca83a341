import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'state-transition-valid';

function estate(stateMachine: string, transition: string): string {
  return `retailgov: 1
teams:
  - id: integration
systems:
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: wms, kind: wms, layer: system, owner: integration }
workflows:
  - id: returns
    object: customer-return
${stateMachine}    steps:
      - id: receive-return
        from: wms
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: receiveReturn }
        transition: ${transition}
`;
}

const MACHINE = `    stateMachine:
      initial: requested
      states: [requested, received, refunded]
      final: [refunded]
      transitions:
        - { from: requested, to: received }
        - { from: received, to: refunded }
`;

const FAILING: RuleCase[] = [
  {
    name: 'step skips a state',
    files: { 'ownership.yaml': estate(MACHINE, '{ from: requested, to: refunded }') },
    expected: [[RULE, 'unknownTransition', '/workflows/0/steps/0/transition']],
  },
  {
    name: 'machine uses unlisted states',
    files: {
      'ownership.yaml': estate(`    stateMachine:
      initial: open
      states: [requested, received]
      final: [closed]
      transitions:
        - { from: requested, to: received }
        - { from: received, to: inspected }
`, '{ from: requested, to: received }'),
    },
    expected: [
      [RULE, 'unknownState', '/workflows/0/stateMachine/initial'],
      [RULE, 'unknownState', '/workflows/0/stateMachine/final/0'],
      [RULE, 'unknownState', '/workflows/0/stateMachine/transitions/1/to'],
    ],
  },
  {
    name: 'transition without a machine',
    files: { 'ownership.yaml': estate('', '{ from: requested, to: received }') },
    expected: [[RULE, 'noStateMachine', '/workflows/0/steps/0/transition']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'step follows the machine',
    files: { 'ownership.yaml': estate(MACHINE, '{ from: requested, to: received }') },
    expected: [],
  },
  {
    name: 'workflow without states',
    files: {
      'ownership.yaml': `retailgov: 1
teams:
  - id: integration
systems:
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: wms, kind: wms, layer: system, owner: integration }
workflows:
  - id: returns
    object: customer-return
    steps:
      - id: receive-return
        from: wms
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: receiveReturn }
`,
    },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('names the transition the machine lacks', async () => {
    expect(await findingMessages(RULE, FAILING[0].files)).toEqual([
      "step 'receive-return' of workflow 'returns' declares the transition requested -> refunded, which the state machine does not allow; add it under `stateMachine.transitions` or correct the step",
    ]);
  });
});
