import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/diff/types.js';
import { DIFF_FIXTURES, diffContractFiles } from '../../helpers/diff.js';
import { writeWorkspace } from '../../helpers/estate.js';

// The base documents of two fixture pairs describe the same events, one in AsyncAPI 2.6, one in 3.0.
const V2_DOCUMENT = readFileSync(path.join(DIFF_FIXTURES, 'channel-removed/base.yaml'), 'utf8');
const V3_DOCUMENT = readFileSync(path.join(DIFF_FIXTURES, 'channel-address-changed/base.yaml'), 'utf8');

/** Writes two AsyncAPI documents into a temporary folder and compares them. */
async function diffTexts(base: string, revision: string): Promise<Change[]> {
  const folder = writeWorkspace({ 'base.yaml': base, 'revision.yaml': revision });
  return diffContractFiles(path.join(folder, 'base.yaml'), path.join(folder, 'revision.yaml'));
}

/** Applies exact text replacements, failing when one does not match. */
function edited(text: string, ...edits: Array<[string, string]>): string {
  let result = text;
  for (const [before, after] of edits) {
    expect(result).toContain(before);
    result = result.replace(before, after);
  }
  return result;
}

function summary(changes: Change[]): Array<[string, string, string]> {
  return changes.map((change) => [change.id, change.level, change.direction]);
}

describe('AsyncAPI versions', () => {
  it('finds no change between a 2.6 document and its 3.0 equivalent', async () => {
    expect(summary(await diffTexts(V2_DOCUMENT, V3_DOCUMENT))).toEqual([['asyncapi-spec-version-changed', 'info', 'none']]);
  });

  it('finds no change from 3.0 back to 2.6', async () => {
    expect(summary(await diffTexts(V3_DOCUMENT, V2_DOCUMENT))).toEqual([['asyncapi-spec-version-changed', 'info', 'none']]);
  });

  it('matches a 2.x messageId to a 3.0 message key', async () => {
    const v2 = edited(V2_DOCUMENT, ['      name: StockCounted\n', '      messageId: StockCounted\n']);
    const v3 = edited(V3_DOCUMENT, ['      name: StockCounted\n', '']);
    expect(summary(await diffTexts(v2, v3))).toEqual([['asyncapi-spec-version-changed', 'info', 'none']]);
  });

  it('reports a message the 3.0 revision dropped from the 2.6 channel', async () => {
    const v3 = edited(V3_DOCUMENT, ["      StockCounted:\n        $ref: '#/components/messages/StockCounted'\n", '']);
    const changes = await diffTexts(V2_DOCUMENT, v3);
    expect(changes.map((change) => change.message)).toEqual([
      'the AsyncAPI version changed from 2.6.0 to 3.0.0',
      "message 'StockCounted' was removed from channel 'stock.adjusted'",
    ]);
  });
});

describe('AsyncAPI channels and operations', () => {
  it('pairs a renamed 2.x channel by its operationId', async () => {
    const changes = await diffTexts(V2_DOCUMENT, edited(V2_DOCUMENT, ['  order.accepted:\n', '  orders.accepted.v2:\n']));
    expect(changes.map((change) => [change.id, change.message])).toEqual([
      ['channel-address-changed', "the address of channel 'order.accepted' changed from 'order.accepted' to 'orders.accepted.v2'"],
    ]);
  });

  it('ignores a renamed 3.0 operation that carries the same messages', async () => {
    const revision = edited(V3_DOCUMENT, ['  publishOrderAccepted:\n', '  sendOrderAccepted:\n']);
    expect(await diffTexts(V3_DOCUMENT, revision)).toEqual([]);
  });

  it('ignores a 3.0 channel id rename that keeps the address', async () => {
    const revision = edited(V3_DOCUMENT,
      ['  stockAdjusted:\n    address: stock.adjusted', '  stockEvents:\n    address: stock.adjusted'],
      ["      $ref: '#/channels/stockAdjusted'\n", "      $ref: '#/channels/stockEvents'\n"]);
    expect(await diffTexts(V3_DOCUMENT, revision)).toEqual([]);
  });

  it('reports a message an operation dropped while its channel keeps it', async () => {
    const base = edited(V3_DOCUMENT, ["    channel:\n      $ref: '#/channels/stockAdjusted'\n",
      "    channel:\n      $ref: '#/channels/stockAdjusted'\n    messages:\n      - $ref: '#/channels/stockAdjusted/messages/StockAdjusted'\n      - $ref: '#/channels/stockAdjusted/messages/StockCounted'\n"]);
    const revision = edited(base, ["      - $ref: '#/channels/stockAdjusted/messages/StockCounted'\n", '']);
    const changes = await diffTexts(base, revision);
    expect(changes.map((change) => [change.id, change.message, change.revision?.pointer])).toEqual([
      ['channel-message-removed', "message 'StockCounted' was removed from operation 'onStockAdjusted' on channel 'stockAdjusted'", '/operations/onStockAdjusted'],
    ]);
  });

  it('treats an inline payload and an equal $ref as no change', async () => {
    const revision = edited(V3_DOCUMENT, ["      payload:\n        $ref: '#/components/schemas/OrderAcceptedPayload'\n",
      '      payload:\n        type: object\n        required: [orderId, totalAmount]\n        properties:\n          orderId: { type: string }\n          totalAmount: { type: integer }\n          currency: { type: string }\n']);
    expect(await diffTexts(V3_DOCUMENT, revision)).toEqual([]);
  });

  it('ignores a description edit in a binding', async () => {
    const revision = edited(V3_DOCUMENT, ['          key: { type: string, description: Order id }', '          key: { type: string, description: The order id }']);
    expect(await diffTexts(V3_DOCUMENT, revision)).toEqual([]);
  });
});

describe('AsyncAPI message payloads', () => {
  it('reports a property removed from a received payload as breaking consumers', async () => {
    const revision = edited(V3_DOCUMENT, ['        currency: { type: string }\n', '']);
    const changes = await diffTexts(V3_DOCUMENT, revision);
    expect(changes.map((change) => [change.id, change.level, change.direction, change.usedBy])).toEqual([
      ['message-optional-property-removed', 'breaking', 'consumer', ['orderAccepted']],
    ]);
    expect(changes[0].base?.pointer).toBe('/components/schemas/OrderAcceptedPayload/properties/currency');
  });

  it('reports a newly required payload property as breaking producers', async () => {
    const revision = edited(V3_DOCUMENT, ['      required: [orderId, totalAmount]\n', '      required: [orderId, totalAmount, currency]\n']);
    const changes = await diffTexts(V3_DOCUMENT, revision);
    expect(changes.map((change) => [change.id, change.level, change.direction])).toEqual([
      ['message-property-became-required', 'breaking', 'producer'],
    ]);
  });

  it('reports a header change through the message headers', async () => {
    const revision = edited(V2_DOCUMENT, ['        required: [correlationId]\n', '        required: [correlationId, eventVersion]\n'],
      ['          correlationId: { type: string }\n', '          correlationId: { type: string }\n          eventVersion: { type: integer }\n']);
    const changes = await diffTexts(V2_DOCUMENT, revision);
    expect(changes.map((change) => [change.id, change.direction])).toEqual([['message-header-required-property-added', 'producer']]);
  });

  it('reports a schema shared by two channels once, used by both', async () => {
    const shared = edited(V3_DOCUMENT, ['        $ref: \'#/components/messages/StockCounted\'\n',
      "        $ref: '#/components/messages/StockCounted'\n  stockCounted:\n    address: stock.counted\n    messages:\n      StockCounted:\n        $ref: '#/components/messages/StockCounted'\n"]);
    const revision = edited(shared, ['          onHand: { type: integer, minimum: 0 }', '          onHand: { type: integer, minimum: 1 }']);
    const changes = await diffTexts(shared, revision);
    expect(changes).toHaveLength(1);
    expect(changes[0].usedBy).toEqual(['stockAdjusted', 'stockCounted']);
  });

  it('compares a circular payload and finds no change against itself', async () => {
    const circular = edited(V3_DOCUMENT, ['        currency: { type: string }\n',
      "        currency: { type: string }\n        replacedBy:\n          $ref: '#/components/schemas/OrderAcceptedPayload'\n"]);
    expect(await diffTexts(circular, circular)).toEqual([]);
    const revision = edited(circular, ['        orderId: { type: string }\n', '        orderId: { type: integer }\n']);
    const changes = await diffTexts(circular, revision);
    expect(changes.map((change) => change.id)).toEqual(['message-type-changed']);
  });
});
