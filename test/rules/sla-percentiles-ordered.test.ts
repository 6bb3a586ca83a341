import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'sla-percentiles-ordered';

function estate(targets: string, latency: string): string {
  return `retailgov: 1
teams:
  - id: integration
systems:
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: erp, kind: erp, layer: system, owner: integration }
slas:
  - id: order-to-erp
    kind: business
    metric: order-to-erp-post
    targets: ${targets}
workflows:
  - id: order-posting
    object: order
    sla: order-to-erp
    steps:
      - id: post-order
        from: oms
        to: erp
        mode: sync
        operation: { contract: erp-api, operation: postOrder }
        latency: ${latency}
`;
}

const FAILING: RuleCase[] = [
  {
    name: 'SLA p99 below p95',
    files: { 'ownership.yaml': estate('{ p50: 2s, p95: 30s, p99: 20s, max: 5m }', '{ p50: 200ms, p99: 1s }') },
    expected: [[RULE, 'slaTarget', '/slas/0/targets/p99']],
  },
  {
    name: 'step p95 and p99 below p50',
    files: { 'ownership.yaml': estate('{ p50: 2s, p95: 30s }', '{ p50: 2s, p95: 1s, p99: 1500ms }') },
    expected: [
      [RULE, 'stepLatency', '/workflows/0/steps/0/latency/p95'],
      [RULE, 'stepLatency', '/workflows/0/steps/0/latency/p99'],
    ],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'increasing percentiles with gaps',
    files: { 'ownership.yaml': estate('{ p50: 2s, p99: 1m, max: 5m }', '{ p50: 200ms, p95: 800ms, p99: 800ms }') },
    expected: [],
  },
  {
    name: 'single percentiles',
    files: { 'ownership.yaml': estate('{ p95: 30s }', '{ p99: 1s }') },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('compares with the highest lower percentile', async () => {
    expect(await findingMessages(RULE, FAILING[1].files)).toEqual([
      "step 'post-order' of workflow 'order-posting' declares p95 latency 1s, below its p50 of 2s; a higher percentile cannot be faster, so raise p95 or lower p50",
      "step 'post-order' of workflow 'order-posting' declares p99 latency 1.5s, below its p50 of 2s; a higher percentile cannot be faster, so raise p99 or lower p50",
    ]);
  });
});
