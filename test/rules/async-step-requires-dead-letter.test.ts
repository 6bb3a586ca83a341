import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'async-step-requires-dead-letter';

const HEAD = `retailgov: 1
teams:
  - id: integration
systems:
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: erp, kind: erp, layer: system, owner: integration }
  - { id: broker, kind: middleware, layer: process, owner: integration }
deadLetter:
  queues:
    - { id: erp-dlq, system: broker, owner: integration }
  exceptionClasses:
    - id: erp-down
      kind: downstream-unavailable
      owner: integration
      businessImpact: order not posted to the ledger
      replay: { mode: automatic, after: 15m }
`;

function estate(steps: string): string {
  return `${HEAD}
workflows:
  - id: order-posting
    object: order
    steps:
${steps}`;
}

const FAILING: RuleCase[] = [
  {
    name: 'async step without a route',
    files: {
      'ownership.yaml': estate(`      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
`),
    },
    expected: [[RULE, 'missing', '/workflows/0/steps/0']],
  },
  {
    name: 'route to an undeclared queue and class',
    files: {
      'ownership.yaml': estate(`      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
        deadLetter:
          queue: orders-dlq
          exceptionClasses: [erp-down, mapping-failed]
`),
    },
    expected: [
      [RULE, 'unknownQueue', '/workflows/0/steps/0/deadLetter/queue'],
      [RULE, 'unknownExceptionClass', '/workflows/0/steps/0/deadLetter/exceptionClasses/1'],
    ],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'async step with a declared route',
    files: {
      'ownership.yaml': estate(`      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
        deadLetter: { queue: erp-dlq, exceptionClasses: [erp-down] }
`),
    },
    expected: [],
  },
  {
    name: 'sync step without a route',
    files: {
      'ownership.yaml': estate(`      - id: get-order
        from: oms
        to: erp
        mode: sync
        operation: { contract: erp-api, operation: getOrder }
`),
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

  it('names the undeclared queue and class', async () => {
    expect(await findingMessages(RULE, FAILING[1].files)).toEqual([
      "async step 'post-order' of workflow 'order-posting' routes to dead-letter queue 'orders-dlq', which is not declared; declare it under deadLetter.queues or correct the id",
      "the dead-letter route of async step 'post-order' of workflow 'order-posting' names exception class 'mapping-failed', which is not declared; declare it under deadLetter.exceptionClasses or correct the id",
    ]);
  });
});
