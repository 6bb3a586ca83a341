/** A small estate for mapping tests: a shop system with an OpenAPI contract and one canonical order model. */
import { writeWorkspace } from '../../helpers/estate.js';

export const SHOP_CONTRACT = `openapi: 3.1.0
info: { title: Shop, version: 1.0.0 }
paths: {}
components:
  schemas:
    ShopState:
      type: string
      enum: [NEW, PAID, VOID, HOLD]
    ShopOrder:
      type: object
      required: [ref, state, placed, batches]
      properties:
        ref: { type: integer }
        state: { $ref: '#/components/schemas/ShopState' }
        channel: { type: string, enum: [web, app, kiosk] }
        priority: { type: string, enum: [low, normal, high] }
        placed: { type: string }
        note: { type: string }
        gift:
          type: object
          properties:
            message: { type: string }
            wrap: { type: boolean }
        quantityText: { type: string }
        batches:
          type: array
          items:
            type: object
            required: [currency, items]
            properties:
              currency: { type: string }
              items:
                type: array
                items:
                  type: object
                  required: [sku, price]
                  properties:
                    sku: { type: string }
                    price: { type: string }
`;

export const ORDER_MODEL = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'status', 'placedAt', 'groups'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['open', 'paid', 'cancelled'] },
    source: { type: 'string', enum: ['web', 'app', 'phone'] },
    priority: { type: 'string' },
    placedAt: { type: 'string', format: 'date-time' },
    note: { type: 'string' },
    gift: {
      type: 'object',
      required: ['text'],
      properties: { text: { type: 'string' }, wrapped: { type: 'boolean' } },
      additionalProperties: false,
    },
    quantity: { type: 'integer' },
    kind: { type: 'string' },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['lines'],
        properties: { lines: { type: 'array', items: { $ref: '#/$defs/line' } } },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
  $defs: {
    line: {
      type: 'object',
      required: ['sku', 'amount'],
      properties: { sku: { type: 'string' }, amount: { type: 'integer' }, currency: { type: 'string' } },
      additionalProperties: false,
    },
  },
}, null, 2);

const HEAD = `retailgov: 1
teams:
  - id: integration
systems:
  - id: shop
    kind: ecommerce
    layer: experience
    owner: integration
    contracts:
      - { id: shop-api, path: contracts/shop.yaml }
  - id: legacy
    kind: erp
    layer: system
    owner: integration
canonicalModels:
  - { id: order-v1, object: order, version: 1.0.0, schema: models/order.json }
mappings:
`;

/** Writes an estate whose `mappings:` section is `mappingsYaml` (indented by two spaces) and returns its folder. */
export function writeShopEstate(mappingsYaml: string): string {
  return writeWorkspace({
    'ownership.yaml': HEAD + mappingsYaml,
    'contracts/shop.yaml': SHOP_CONTRACT,
    'models/order.json': ORDER_MODEL,
  });
}
