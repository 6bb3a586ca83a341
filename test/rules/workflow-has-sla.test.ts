import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'workflow-has-sla';

function estate(slas: string, workflowSla: string): string {
  return `retailgov: 1
teams:
  - id: integration
systems:
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: erp, kind: erp, layer: system, owner: integration }
slas:
${slas}
workflows:
  - id: order-posting
    object: order
${workflowSla}    steps:
      - id: post-order
        from: oms
        to: erp
        mode: sync
        operation: { contract: erp-api, operation: postOrder }
`;
}

const BUSINESS_SLA = `  - id: order-to-erp
    kind: business
    metric: order-to-erp-post
    targets: { p95: 5m }`;
const TECHNICAL_SLA = `  - id: erp-queue
    kind: technical
    metric: erp-queue-lag
    maxQueueLag: 1m`;

const FAILING: RuleCase[] = [
  {
    name: 'workflow without an SLA',
    files: { 'ownership.yaml': estate(BUSINESS_SLA, '') },
    expected: [[RULE, 'missing', '/workflows/0']],
  },
  {
    name: 'workflow naming an undeclared SLA',
    files: { 'ownership.yaml': estate(BUSINESS_SLA, '    sla: order-posting-sla\n') },
    expected: [[RULE, 'unknown', '/workflows/0/sla']],
  },
  {
    name: 'SLA without percentile targets',
    files: { 'ownership.yaml': estate(`${BUSINESS_SLA}\n${TECHNICAL_SLA}`, '    sla: erp-queue\n') },
    expected: [[RULE, 'noTargets', '/slas/1']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'workflow naming an SLA with a target',
    files: { 'ownership.yaml': estate(BUSINESS_SLA, '    sla: order-to-erp\n') },
    expected: [],
  },
  {
    name: 'SLA naming the workflow',
    files: { 'ownership.yaml': estate(`${TECHNICAL_SLA}\n${BUSINESS_SLA}\n    workflow: order-posting`, '') },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('names the SLA without targets', async () => {
    expect(await findingMessages(RULE, FAILING[2].files)).toEqual([
      "SLA 'erp-queue' of workflow 'order-posting' sets no percentile target; add `targets` with at least one of p50, p90, p95, p99 or max",
    ]);
  });
});
