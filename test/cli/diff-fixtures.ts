/** Small estates and contracts for the diff CLI tests, written into temporary folders. */

export const ORDERS_V1 = [
  'openapi: 3.1.0',
  'info:',
  '  title: Orders',
  '  version: 1.0.0',
  'paths:',
  '  /orders/{orderId}:',
  '    get:',
  '      operationId: getOrder',
  '      parameters:',
  '        - name: orderId',
  '          in: path',
  '          required: true',
  '          schema:',
  '            type: string',
  '      responses:',
  "        '200':",
  '          description: The order',
  '          content:',
  '            application/json:',
  '              schema:',
  "                $ref: './common/order.yaml#/Order'",
  '',
].join('\n');

export const ORDER_SCHEMA = [
  'Order:',
  '  type: object',
  '  required: [id, status]',
  '  properties:',
  '    id:',
  '      type: string',
  '    status:',
  '      type: string',
  '    giftMessage:',
  '      type: string',
  '',
].join('\n');

/** The order schema without `giftMessage`: a response property removed, which breaks clients. */
export const ORDER_SCHEMA_WITHOUT_GIFT_MESSAGE = ORDER_SCHEMA.replace('    giftMessage:\n      type: string\n', '');

export const STOCK_EVENTS = [
  'asyncapi: 3.0.0',
  'info:',
  '  title: Stock events',
  '  version: 1.0.0',
  'channels:',
  '  stockLevels:',
  '    address: stock.levels',
  '    messages:',
  '      stockLevelChanged:',
  '        payload:',
  '          type: object',
  '          properties:',
  '            sku:',
  '              type: string',
  'operations:',
  '  publishStockLevel:',
  '    action: send',
  '    channel:',
  "      $ref: '#/channels/stockLevels'",
  '',
].join('\n');

interface EstateOptions {
  /** Contract ids of the OMS, each stored at contracts/<id>.yaml. */
  contracts: string[];
  /** Extra YAML appended to ownership.yaml, such as a changeControl section. */
  extra?: string;
}

/** Builds an estate with two teams and one OMS whose contracts are all the stock events document. */
export function estateFiles(options: EstateOptions): Record<string, string> {
  const contracts = options.contracts.map((id) => `      - id: ${id}\n        path: contracts/${id}.yaml\n`).join('');
  const ownership = [
    'retailgov: 1',
    'teams:',
    '  - id: commerce',
    '  - id: integration-board',
    'systems:',
    '  - id: oms',
    '    kind: oms',
    '    layer: process',
    '    owner: commerce',
    '    contracts:',
    contracts.trimEnd(),
    '',
  ].join('\n') + (options.extra ?? '');
  const files: Record<string, string> = { 'ownership.yaml': ownership };
  for (const id of options.contracts) files[`contracts/${id}.yaml`] = STOCK_EVENTS;
  return files;
}

/** A change control section with a freeze window over the OMS from 24 November to 1 December 2025. */
export const BLACK_FRIDAY_FREEZE = [
  'changeControl:',
  '  freezeWindows:',
  '    - id: black-friday',
  '      start: 2025-11-24',
  '      end: 2025-12-01',
  '      systems: [oms]',
  '',
].join('\n');

/** Builds a waiver file that accepts the removal of `legacy-stock-api` until `expires`. */
export function waiverFile(expires: string, change = 'contract-removed', location = 'legacy-stock-api'): string {
  return [
    'waivers:',
    `  - change: ${change}`,
    `    location: ${location}`,
    '    approver: integration-board',
    '    reason: every consumer moved to stock-api',
    `    expires: ${expires}`,
    '',
  ].join('\n');
}
