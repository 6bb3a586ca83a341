import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'async-step-requires-retry-policy';

const HEAD = `retailgov: 1
teams:
  - id: integration
systems:
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: erp, kind: erp, layer: system, owner: integration }
retryPolicies:
  - id: erp-backoff
    maxAttempts: 5
    initialInterval: 1s
    backoffCoefficient: 2
    maxInterval: 30s
    jitter: full
    timeout: 5s
    retryableErrors: [downstream-unavailable]
`;

const FAILING: RuleCase[] = [
  {
    name: 'async step without a policy',
    files: {
      'ownership.yaml': `${HEAD}
workflows:
  - id: order-posting
    object: order
    steps:
      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
`,
    },
    expected: [[RULE, 'missing', '/workflows/0/steps/0']],
  },
  {
    name: 'async step naming an undeclared policy',
    files: {
      'ownership.yaml': `${HEAD}
workflows:
  - id: order-posting
    object: order
    steps:
      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
        retryPolicy: erp-backoff
      - id: post-invoice
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: invoices }
        retryPolicy: erp-retry
`,
    },
    expected: [[RULE, 'unknown', '/workflows/0/steps/1/retryPolicy']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'async step with a declared policy',
    files: {
      'ownership.yaml': `${HEAD}
workflows:
  - id: order-posting
    object: order
    steps:
      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
        retryPolicy: erp-backoff
`,
    },
    expected: [],
  },
  {
    name: 'sync step without a policy',
    files: {
      'ownership.yaml': `${HEAD}
workflows:
  - id: order-lookup
    object: order
    steps:
      - id: get-order
        from: oms
        to: erp
        mode: sync
        operation: { contract: erp-api, operation: getOrder }
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

  it('names the step and the missing policy', async () => {
    expect(await findingMessages(RULE, FAILING[1].files)).toEqual([
      "async step 'post-invoice' of workflow 'order-posting' names retry policy 'erp-retry', which is not declared; declare it under retryPolicies or correct the id",
    ]);
  });
});
