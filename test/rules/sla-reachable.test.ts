import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'sla-reachable';

// erp-backoff can take 22s: waits of 1s, 2s, 4s and 5s between five attempts of 2s each.
function estate(targets: string, postOrderPolicy = 'erp-backoff'): string {
  return `retailgov: 1
teams:
  - id: integration
systems:
  - { id: shop, kind: ecommerce, layer: experience, owner: integration }
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: erp, kind: erp, layer: system, owner: integration }
retryPolicies:
  - id: erp-backoff
    maxAttempts: 5
    initialInterval: 1s
    backoffCoefficient: 2
    maxInterval: 5s
    jitter: full
    timeout: 2s
    retryableErrors: [downstream-unavailable]
slas:
  - id: order-to-erp
    kind: business
    metric: order-to-erp-post
    workflow: order-posting
    targets: ${targets}
workflows:
  - id: order-posting
    object: order
    steps:
      - id: capture
        from: shop
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: createOrder }
        latency: { p50: 200ms, p95: 500ms, p99: 1s }
      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
        latency: { p50: 1s, p95: 3s, p99: 5s }
${postOrderPolicy === '' ? '' : `        retryPolicy: ${postOrderPolicy}\n`}`;
}

const FAILING: RuleCase[] = [
  {
    name: 'step p95 latencies above the p95 target',
    files: { 'ownership.yaml': estate('{ p95: 3s, max: 1m }') },
    expected: [[RULE, 'percentileOverTarget', '/slas/0/targets/p95']],
  },
  {
    name: 'retry budget above the largest target',
    files: { 'ownership.yaml': estate('{ p95: 10s, max: 20s }') },
    expected: [[RULE, 'retryBudgetOverTarget', '/workflows/0/steps/1/retryPolicy']],
  },
  {
    name: 'every percentile and the retries over target',
    files: { 'ownership.yaml': estate('{ p50: 1s, p95: 2s, p99: 4s }') },
    expected: [
      [RULE, 'percentileOverTarget', '/slas/0/targets/p50'],
      [RULE, 'percentileOverTarget', '/slas/0/targets/p95'],
      [RULE, 'percentileOverTarget', '/slas/0/targets/p99'],
      [RULE, 'retryBudgetOverTarget', '/workflows/0/steps/1/retryPolicy'],
    ],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'targets above sums and retry budget',
    files: { 'ownership.yaml': estate('{ p50: 2s, p95: 5s, p99: 10s, max: 1m }') },
    expected: [],
  },
  {
    name: 'targets equal to the sums without retries',
    files: { 'ownership.yaml': estate('{ p50: 1200ms, p95: 3500ms, p99: 6s }', '') },
    expected: [],
  },
  {
    name: 'targets at percentiles no step declares',
    files: { 'ownership.yaml': estate('{ p90: 1s, max: 30s }') },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('shows the sum and its parts', async () => {
    expect(await findingMessages(RULE, FAILING[0].files)).toEqual([
      "the steps of workflow 'order-posting' add up to 3.5s at p95 ('capture' 500ms + 'post-order' 3s), above the p95 target of 3s in SLA 'order-to-erp'; make the slow steps faster, take them off the path, or relax the target",
    ]);
  });

  it('shows the retry budget and the rest of the path', async () => {
    expect(await findingMessages(RULE, FAILING[1].files)).toEqual([
      "workflow 'order-posting' can take 22.2s when step 'post-order' exhausts retry policy 'erp-backoff' (22s of timeouts and waits, plus 200ms for the other steps), above the max target of 20s in SLA 'order-to-erp'; lower maxAttempts, timeout or maxInterval of 'erp-backoff', or relax the target",
    ]);
  });
});
