import { describe, expect, it } from 'vitest';
import { findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'reference-exists';

const BASE = `retailgov: 1
teams:
  - id: commerce
systems:
  - id: oms
    kind: oms
    layer: process
    owner: commerce
    contracts:
      - { id: orders-api, path: orders.yaml }
objects:
  - { id: order, kind: order, owner: oms }
`;

const CONTRACT = `openapi: 3.1.0
info: { title: Orders, version: "1" }
paths: {}
components:
  schemas:
    Order:
      type: object
`;

const WORKFLOW = (object: string) => `workflows:
  - id: order-capture
    object: ${object}
    steps:
      - { id: accept, from: oms, to: oms, mode: sync, operation: { contract: orders-api, operation: createOrder } }
`;

const failing: RuleCase[] = [
  {
    name: 'workflow over an undeclared object',
    files: { 'ownership.yaml': BASE + WORKFLOW('sales-order'), 'orders.yaml': CONTRACT },
    expected: [[RULE, 'unknownId', '/workflows/0/object']],
  },
  {
    name: 'mapping, traffic and SLA names',
    files: {
      'ownership.yaml': `${BASE}${WORKFLOW('order')}mappings:
  - id: order-in
    model: order-v9
    system: oms
    direction: to-canonical
    fields: [{ from: id, to: id }]
traffic:
  - { channel: oms, workflow: checkout, expected: 1/s, peak: 5/s }
slas:
  - { id: order-post, kind: business, metric: order-to-erp-post-time, workflow: capture, targets: { p95: 2m } }
`,
      'orders.yaml': CONTRACT,
    },
    expected: [
      [RULE, 'unknownId', '/mappings/0/model'],
      [RULE, 'unknownId', '/traffic/0/workflow'],
      [RULE, 'unknownId', '/slas/0/workflow'],
    ],
  },
  {
    name: 'payload pointer missing from contract',
    files: {
      'ownership.yaml': `${BASE}canonicalModels:
  - id: order
    object: order
    version: 1.0.0
    schema: order.schema.json
    payloads:
      - { contract: orders-api, pointer: /components/schemas/SalesOrder }
`,
      'order.schema.json': '{"type": "object"}',
      'orders.yaml': CONTRACT,
    },
    expected: [[RULE, 'unknownPayload', '/canonicalModels/0/payloads/0/pointer']],
  },
];

failing.push({
  name: 'retryable error misspelt',
  files: {
    'ownership.yaml': `${BASE}retryPolicies:
  - id: erp-posting
    maxAttempts: 3
    initialInterval: 1s
    backoffCoefficient: 2
    maxInterval: 10s
    jitter: full
    timeout: 5s
    retryableErrors: [timout, http-503, downstream-unavailable]
deadLetter:
  exceptionClasses:
    - { id: downstream-unavailable, kind: downstream-unavailable }
`,
    'orders.yaml': CONTRACT,
  },
  expected: [[RULE, 'unknownError', '/retryPolicies/0/retryableErrors/0']],
});

const passing: RuleCase[] = [
  {
    name: 'declared object and payload',
    files: {
      'ownership.yaml': `${BASE}${WORKFLOW('order')}canonicalModels:
  - id: order
    object: order
    version: 1.0.0
    schema: order.schema.json
    payloads:
      - { contract: orders-api, pointer: /components/schemas/Order }
`,
      'order.schema.json': '{"type": "object"}',
      'orders.yaml': CONTRACT,
    },
    expected: [],
  },
  {
    name: 'payload of an undeclared contract is left to contract-exists',
    files: {
      'ownership.yaml': `${BASE}canonicalModels:
  - id: order
    object: order
    version: 1.0.0
    schema: order.schema.json
    payloads:
      - { contract: erp-api, pointer: /components/schemas/Order }
`,
      'order.schema.json': '{"type": "object"}',
      'orders.yaml': CONTRACT,
    },
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...failing, ...passing]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }
});
