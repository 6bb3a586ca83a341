import { describe, expect, it } from 'vitest';
import { findingMessages, findingRows, type RuleCase } from '../helpers/rule-cases.js';

const RULE = 'mapping-targets-exist';

const ORDER_SCHEMA = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['open', 'shipped', 'cancelled'] },
    total: { $ref: '#/$defs/money' },
    lines: {
      type: 'array',
      items: {
        allOf: [
          { type: 'object', properties: { sku: { type: 'string' } } },
          { properties: { quantity: { type: 'integer' } } },
        ],
      },
    },
    attributes: { type: 'object', additionalProperties: { type: 'string' } },
    shipTo: { $ref: 'address.schema.json' },
  },
  $defs: {
    money: { type: 'object', properties: { amount: { type: 'string' }, currency: { type: 'string' } } },
  },
}, null, 2);

function estate(direction: string, fields: string): Record<string, string> {
  return {
    'ownership.yaml': `retailgov: 1
teams:
  - id: integration
systems:
  - { id: marketplace, kind: marketplace, layer: experience, owner: integration }
canonicalModels:
  - { id: order-v1, object: customer-order, version: 1.0.0, schema: models/order.schema.json }
mappings:
  - id: marketplace-order
    model: order-v1
    system: marketplace
    direction: ${direction}
    fields:
${fields}`,
    'models/order.schema.json': ORDER_SCHEMA,
  };
}

const FAILING: RuleCase[] = [
  {
    name: 'to-canonical path and status map',
    files: estate('to-canonical', `      - { from: AmazonOrderId, to: id }
      - { from: OrderTotal.Amount, to: total.value }
      - from: OrderStatus
        to: status
        valueMap: { Unshipped: open, Shipped: shipped, Canceled: cancelled }
`),
    expected: [
      [RULE, 'unknownPath', '/mappings/0/fields/1/to'],
      [RULE, 'missingUnmappedPolicy', '/mappings/0/fields/2/valueMap'],
    ],
  },
  {
    name: 'from-canonical paths below arrays and scalars',
    files: estate('from-canonical', `      - { from: lines.skuCode, to: items.sellerSku }
      - { from: 'lines[].quantity', to: items.qty }
      - { from: status.code, to: state }
`),
    expected: [
      [RULE, 'unknownPath', '/mappings/0/fields/0/from'],
      [RULE, 'unknownPath', '/mappings/0/fields/2/from'],
    ],
  },
];

const PASSING: RuleCase[] = [
  {
    name: 'to-canonical paths that exist',
    files: estate('to-canonical', `      - { from: AmazonOrderId, to: id }
      - { from: OrderTotal.Amount, to: total.amount }
      - { from: Items.SellerSKU, to: 'lines[].sku' }
      - { from: Items.Gift, to: attributes.gift }
      - from: OrderStatus
        to: status
        valueMap: { Unshipped: open, Shipped: shipped }
        unmapped: reject
`),
    expected: [],
  },
  {
    name: 'from-canonical defaults and external refs',
    files: estate('from-canonical', `      - { to: channel, default: marketplace }
      - { from: lines.0.quantity, to: items.qty }
      - { from: shipTo.postalCode, to: address.zip }
`),
    expected: [],
  },
];

describe(RULE, () => {
  for (const testCase of [...FAILING, ...PASSING]) {
    it(testCase.name, async () => {
      expect(await findingRows(RULE, testCase.files)).toEqual(testCase.expected);
    });
  }

  it('names the missing segment', async () => {
    expect(await findingMessages(RULE, FAILING[1].files)).toEqual([
      "the `from` path 'lines.skuCode' of mapping 'marketplace-order' is not in canonical model 'order-v1' (models/order.schema.json): there is no 'skuCode' under 'lines'; correct the path or add the field to the schema",
      "the `from` path 'status.code' of mapping 'marketplace-order' is not in canonical model 'order-v1' (models/order.schema.json): there is no 'code' under 'status'; correct the path or add the field to the schema",
    ]);
  });
});
