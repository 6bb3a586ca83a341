import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'audit-trail-required';

function estate(workflow: string): string {
  return `retailgov: 1
teams:
  - id: integration
systems:
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: payments, kind: payment, layer: system, owner: integration }
  - { id: erp, kind: erp, layer: system, owner: integration }
objects:
  - { id: customer-return, kind: return, owner: oms }
  - { id: customer-order, kind: order, owner: oms }
workflows:
${workflow}`;
}

const REFUND_STEP = `      - id: refund-payment
        from: oms
        to: payments
        mode: sync
        operation: { contract: payments-api, operation: createRefund }
        writes: refund
`;
const LOOKUP_STEP = `      - id: read-order
        from: oms
        to: erp
        mode: sync
        operation: { contract: erp-api, operation: getOrder }
`;

const FAILING: RuleCase[] = [
  {
    name: 'return workflow without audit',
    files: {
      'ownership.yaml': estate(`  - id: returns
    object: customer-return
    steps:
${LOOKUP_STEP}`),
    },
    expected: [[RULE, 'notRequired', '/workflows/0']],
  },
  {
    name: 'refund step with audit switched off',
    files: {
      'ownership.yaml': estate(`  - id: appeasement
    object: customer-order
    audit: { required: false }
    steps:
${REFUND_STEP}`),
    },
    expected: [[RULE, 'notRequired', '/workflows/0/audit/required']],
  },
  {
    name: 'required audit without records',
    files: {
      'ownership.yaml': estate(`  - id: returns
    object: customer-return
    audit: { required: true, records: [] }
    steps:
${REFUND_STEP}`),
    },
    expected: [[RULE, 'noRecords', '/workflows/0/audit']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'refund workflow with audit records',
    files: {
      'ownership.yaml': estate(`  - id: returns
    object: customer-return
    audit: { required: true, records: [return id, refund amount, approver] }
    steps:
${REFUND_STEP}`),
    },
    expected: [],
  },
  {
    name: 'order workflow without audit',
    files: {
      'ownership.yaml': estate(`  - id: order-lookup
    object: customer-order
    steps:
${LOOKUP_STEP}`),
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

  it('says why the audit is needed', async () => {
    expect(await findingMessages(RULE, FAILING[1].files)).toEqual([
      "workflow 'appeasement' must leave an audit trail because step 'refund-payment' writes refund; set `audit.required: true` and list what it records under `audit.records`",
    ]);
  });
});
