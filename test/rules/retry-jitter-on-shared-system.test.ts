import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'retry-jitter-on-shared-system';

function estate(jitter: string, steps: string): string {
  return `retailgov: 1
teams:
  - id: integration
systems:
  - { id: shop, kind: ecommerce, layer: experience, owner: integration }
  - { id: pos, kind: pos, layer: experience, owner: integration }
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: erp, kind: erp, layer: system, owner: integration }
retryPolicies:
  - id: standard
    maxAttempts: 5
    initialInterval: 1s
    backoffCoefficient: 2
    maxInterval: 30s
    jitter: ${jitter}
    timeout: 5s
    retryableErrors: [downstream-unavailable]
workflows:
  - id: order-capture
    object: order
    steps:
${steps}`;
}

const SHOP_TO_OMS = `      - id: shop-order
        from: shop
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: createOrder }
        retryPolicy: standard
`;
const POS_TO_OMS = `      - id: store-order
        from: pos
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: createOrder }
        retryPolicy: standard
`;
const OMS_TO_ERP = `      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
        retryPolicy: standard
`;

const FAILING: RuleCase[] = [
  {
    name: 'two channels retry into the OMS in step',
    files: { 'ownership.yaml': estate('none', SHOP_TO_OMS + POS_TO_OMS) },
    expected: [[RULE, 'sharedTarget', '/retryPolicies/0/jitter']],
  },
  {
    name: 'one caller retries into the ERP in step',
    files: { 'ownership.yaml': estate('none', SHOP_TO_OMS + OMS_TO_ERP) },
    expected: [[RULE, 'erpTarget', '/retryPolicies/0/jitter']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'jittered policy on shared targets',
    files: { 'ownership.yaml': estate('full', SHOP_TO_OMS + POS_TO_OMS + OMS_TO_ERP) },
    expected: [],
  },
  {
    name: 'unjittered policy of one caller to an OMS',
    files: { 'ownership.yaml': estate('none', SHOP_TO_OMS) },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('lists the callers of a shared target', async () => {
    expect(await findingMessages(RULE, FAILING[0].files)).toEqual([
      "retry policy 'standard' has jitter none but is used by steps from 'pos', 'shop' towards 'oms', whose retries then arrive in synchronised waves; set jitter to full, equal or decorrelated",
    ]);
  });

  it('reports each shared target once', async () => {
    const rows = await findingRows(RULE, { 'ownership.yaml': estate('none', SHOP_TO_OMS + POS_TO_OMS + OMS_TO_ERP) });
    expect(rows).toEqual([
      [RULE, 'sharedTarget', '/retryPolicies/0/jitter'],
      [RULE, 'erpTarget', '/retryPolicies/0/jitter'],
    ]);
  });
});
