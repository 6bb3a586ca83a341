import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'retry-traffic-under-erp-limit';

interface Options {
  erpLimits: string;
  traffic: string;
  postOrderPolicy?: string;
}

function estate({ erpLimits, traffic, postOrderPolicy = 'erp-backoff' }: Options): string {
  return `retailgov: 1
teams:
  - id: integration
systems:
  - { id: shop, kind: ecommerce, layer: experience, owner: integration }
  - { id: oms, kind: oms, layer: process, owner: integration }
  - { id: wms, kind: wms, layer: system, owner: integration }
  - id: erp
    kind: erp
    layer: system
    owner: integration
    rateLimits: ${erpLimits}
retryPolicies:
  - id: erp-backoff
    maxAttempts: 6
    initialInterval: 1s
    backoffCoefficient: 2
    maxInterval: 30s
    jitter: full
    timeout: 5s
    retryableErrors: [downstream-unavailable]
  - id: shipment-backoff
    maxAttempts: 3
    initialInterval: 1s
    backoffCoefficient: 2
    maxInterval: 30s
    jitter: full
    timeout: 5s
    retryableErrors: [downstream-unavailable]
workflows:
  - id: order-capture
    object: order
    steps:
      - id: accept-order
        from: shop
        to: oms
        mode: sync
        operation: { contract: oms-api, operation: createOrder }
      - id: post-order
        from: oms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: orders }
${postOrderPolicy === '' ? '' : `        retryPolicy: ${postOrderPolicy}\n`}  - id: shipment-confirmation
    object: shipment
    steps:
      - id: post-shipment
        from: wms
        to: erp
        mode: async
        channel: { contract: erp-events, channel: shipments }
        retryPolicy: shipment-backoff
traffic:
${traffic}`;
}

const ORDER_PEAK = '  - { channel: shop, workflow: order-capture, expected: 20/s, peak: 90/s }\n';
const SHIPMENT_PEAK = '  - { channel: wms, workflow: shipment-confirmation, expected: 120/min, peak: 600/min }\n';

const FAILING: RuleCase[] = [
  {
    name: 'order retries above the API limit',
    files: { 'ownership.yaml': estate({ erpLimits: '[{ limit: 100/s }]', traffic: ORDER_PEAK }) },
    expected: [[RULE, 'overLimit', '/systems/3/rateLimits/0/limit']],
  },
  {
    name: 'shipment retries above the WMS limit',
    files: {
      'ownership.yaml': estate({
        erpLimits: '[{ scope: api, limit: 1000/s }, { scope: wms, limit: 20/s }]',
        traffic: ORDER_PEAK + SHIPMENT_PEAK,
      }),
    },
    expected: [[RULE, 'overScopedLimit', '/systems/3/rateLimits/1/limit']],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'caller rate limit keeps retries under',
    files: {
      'ownership.yaml': estate({
        erpLimits: '[{ limit: 100/s }]',
        traffic: '  - { channel: shop, workflow: order-capture, expected: 10/s, peak: 90/s, rateLimit: { limit: 15/s } }\n',
      }),
    },
    expected: [],
  },
  {
    // 90/s once for orders plus 10/s three times for shipments is 120/s.
    name: 'traffic exactly at the limit',
    files: {
      'ownership.yaml': estate({ erpLimits: '[{ limit: 7200/min }]', traffic: ORDER_PEAK + SHIPMENT_PEAK, postOrderPolicy: '' }),
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

  it('shows the multiplication', async () => {
    expect(await findingMessages(RULE, FAILING[0].files)).toEqual([
      "worst-case retry traffic to 'erp' at peak is 540/s (90/s x 6 attempts on 'order-capture.post-order'), above its rate limit of 100/s; lower maxAttempts, add a rate limit on the caller, or raise the ERP limit",
    ]);
  });

  it('adds every step that calls the ERP', async () => {
    const files = { 'ownership.yaml': estate({ erpLimits: '[{ limit: 500/s }]', traffic: ORDER_PEAK + SHIPMENT_PEAK }) };
    expect(await findingMessages(RULE, files)).toEqual([
      "worst-case retry traffic to 'erp' at peak is 570/s (90/s x 6 attempts on 'order-capture.post-order' + 10/s x 3 attempts on 'shipment-confirmation.post-shipment'), above its rate limit of 500/s; lower maxAttempts, add a rate limit on the caller, or raise the ERP limit",
    ]);
  });
});
