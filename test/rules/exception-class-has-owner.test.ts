import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'exception-class-has-owner';

function estate(exceptionClasses: string): string {
  return `retailgov: 1
teams:
  - id: finance-ops
deadLetter:
  exceptionClasses:
${exceptionClasses}`;
}

const FAILING: RuleCase[] = [
  {
    name: 'class with only a kind',
    files: {
      'ownership.yaml': estate(`    - id: refund-rejected
      kind: business-rule
`),
    },
    expected: [
      [RULE, 'missingOwner', '/deadLetter/exceptionClasses/0'],
      [RULE, 'missingBusinessImpact', '/deadLetter/exceptionClasses/0'],
      [RULE, 'missingReplay', '/deadLetter/exceptionClasses/0'],
    ],
  },
  {
    name: 'second class with a blank impact',
    files: {
      'ownership.yaml': estate(`    - id: erp-down
      kind: downstream-unavailable
      owner: finance-ops
      businessImpact: refund paid late
      replay: { mode: automatic, after: 10m }
    - id: mapping-failed
      kind: mapping
      owner: finance-ops
      businessImpact: "  "
      replay: { mode: manual, approver: finance-ops }
`),
    },
    expected: [[RULE, 'missingBusinessImpact', '/deadLetter/exceptionClasses/1']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'class with owner, impact and replay',
    files: {
      'ownership.yaml': estate(`    - id: refund-rejected
      kind: business-rule
      owner: finance-ops
      businessImpact: customer not refunded
      replay: { mode: never }
`),
    },
    expected: [],
  },
  {
    name: 'estate without exception classes',
    files: { 'ownership.yaml': 'retailgov: 1\nteams:\n  - id: finance-ops\n' },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('names the class and the missing owner', async () => {
    const messages = await findingMessages(RULE, FAILING[0].files);
    expect(messages[0]).toBe(
      "exception class 'refund-rejected' has no owner; add `owner` with the id of the team that handles its dead letters",
    );
  });
});
