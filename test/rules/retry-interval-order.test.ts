import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'retry-interval-order';

function policy(id: string, initialInterval: string, maxInterval: string): string {
  return `  - id: ${id}
    maxAttempts: 5
    initialInterval: ${initialInterval}
    backoffCoefficient: 2
    maxInterval: ${maxInterval}
    jitter: full
    timeout: 5s
    retryableErrors: [downstream-unavailable]
`;
}

function estate(...policies: string[]): string {
  return `retailgov: 1\nretryPolicies:\n${policies.join('')}`;
}

const FAILING: RuleCase[] = [
  {
    name: 'cap below the first wait',
    files: { 'ownership.yaml': estate(policy('erp-backoff', '10s', '2s')) },
    expected: [[RULE, 'maxBelowInitial', '/retryPolicies/0/maxInterval']],
  },
  {
    name: 'cap below the first wait across units',
    files: { 'ownership.yaml': estate(policy('wms-backoff', '500ms', '1m'), policy('erp-backoff', '2m', '90s')) },
    expected: [[RULE, 'maxBelowInitial', '/retryPolicies/1/maxInterval']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'cap above the first wait',
    files: { 'ownership.yaml': estate(policy('erp-backoff', '1s', '1m')) },
    expected: [],
  },
  {
    name: 'cap equal to the first wait',
    files: { 'ownership.yaml': estate(policy('erp-backoff', '1000ms', '1s')) },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('states both intervals', async () => {
    expect(await findingMessages(RULE, FAILING[1].files)).toEqual([
      "retry policy 'erp-backoff' caps its waits at maxInterval 90s, below its initialInterval of 2m; raise maxInterval to at least 2m or lower initialInterval",
    ]);
  });
});
