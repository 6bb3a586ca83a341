import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'retry-attempts-bounded';

function estate(policy: string): string {
  return `retailgov: 1
teams:
  - id: integration
deadLetter:
  exceptionClasses:
    - id: invalid-order
      kind: validation
      owner: integration
      businessImpact: order not accepted
      replay: { mode: manual }
retryPolicies:
  - id: erp-backoff
    initialInterval: 1s
    backoffCoefficient: 2
    maxInterval: 30s
    jitter: full
${policy}`;
}

const FAILING: RuleCase[] = [
  {
    name: 'too many attempts without a timeout',
    files: {
      'ownership.yaml': estate(`    maxAttempts: 50
    timeout: 0ms
    retryableErrors: [downstream-unavailable]
`),
    },
    expected: [
      [RULE, 'attemptsOutOfRange', '/retryPolicies/0/maxAttempts'],
      [RULE, 'missingTimeout', '/retryPolicies/0/timeout'],
    ],
  },
  {
    name: 'retries of permanent errors',
    files: {
      'ownership.yaml': estate(`    maxAttempts: 5
    timeout: 5s
    retryableErrors: [downstream-unavailable, business-rule, invalid-order]
`),
    },
    expected: [
      [RULE, 'retriesPermanentError', '/retryPolicies/0/retryableErrors/1'],
      [RULE, 'retriesPermanentError', '/retryPolicies/0/retryableErrors/2'],
    ],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'twenty attempts of transient errors',
    files: {
      'ownership.yaml': estate(`    maxAttempts: 20
    timeout: 5s
    retryableErrors: [downstream-unavailable, http-503]
`),
    },
    expected: [],
  },
  {
    name: 'one attempt with a timeout',
    files: {
      'ownership.yaml': estate(`    maxAttempts: 1
    timeout: 500ms
    retryableErrors: []
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

  it('states the attempts and the range', async () => {
    expect(await findingMessages(RULE, FAILING[0].files)).toEqual([
      "retry policy 'erp-backoff' makes 50 attempts, outside 1 to 20; set maxAttempts within that range and send what still fails to a dead-letter queue",
      "retry policy 'erp-backoff' has no usable timeout per attempt ('0ms'); set `timeout` to a positive duration such as 5s",
    ]);
  });

  it('names the kind of a retried exception class', async () => {
    const messages = await findingMessages(RULE, FAILING[1].files);
    expect(messages[1]).toBe(
      "retry policy 'erp-backoff' retries 'invalid-order' errors (validation), which fail again on every attempt; remove it from retryableErrors and route it to a dead-letter queue",
    );
  });
});
