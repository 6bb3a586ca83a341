import { describe, expect, it } from 'vitest';
import { loadFixture } from '../helpers/contract-fixtures.js';

describe('AsyncAPI 2.6 contract', () => {
  it('lists channels keyed by address', async () => {
    const contract = await loadFixture('asyncapi-2.6', 'asyncapi.yaml');
    expect(contract.format).toBe('asyncapi');
    expect(contract.version).toBe('2.6.0');
    expect(contract.operations).toEqual([]);
    expect(contract.channels.map((channel) => [channel.id, channel.address, channel.pointer])).toEqual([
      ['inventory.adjusted', 'inventory.adjusted', '/channels/inventory.adjusted'],
      ['inventory.snapshot', 'inventory.snapshot', '/channels/inventory.snapshot'],
      ['inventory.avro', 'inventory.avro', '/channels/inventory.avro'],
    ]);
  });

  it('maps publish to receive and subscribe to send', async () => {
    const contract = await loadFixture('asyncapi-2.6', 'asyncapi.yaml');
    expect(contract.findChannel('inventory.adjusted')!.operations).toEqual([
      { id: 'onStockAdjusted', action: 'receive', pointer: '/channels/inventory.adjusted/publish' },
    ]);
    expect(contract.findChannel('inventory.snapshot')!.operations).toEqual([
      { id: 'subscribe', action: 'send', pointer: '/channels/inventory.snapshot/subscribe' },
    ]);
  });

  it('merges trait headers and correlation id', async () => {
    const [message] = (await loadFixture('asyncapi-2.6', 'asyncapi.yaml')).findChannel('inventory.adjusted')!.messages;
    expect(message).toEqual({
      name: 'stockAdjusted',
      pointer: '/components/messages/StockAdjusted',
      file: 'asyncapi.yaml',
      headerProperties: ['sequence', 'eventVersion', 'correlationId'],
      payloadProperties: ['sku', 'delta'],
      correlationIdLocation: '$message.header#/correlationId',
    });
  });

  it('reads oneOf messages', async () => {
    const messages = (await loadFixture('asyncapi-2.6', 'asyncapi.yaml')).findChannel('inventory.snapshot')!.messages;
    expect(messages.map((message) => [message.name, message.pointer, message.payloadProperties])).toEqual([
      ['StockSnapshot', '/components/messages/StockSnapshot', ['sku', 'available']],
      ['snapshotEnd', '/channels/inventory.snapshot/subscribe/message/oneOf/1', ['snapshotId']],
    ]);
    expect(messages[0].correlationIdLocation).toBeUndefined();
  });

  it('reads Avro record fields', async () => {
    const [message] = (await loadFixture('asyncapi-2.6', 'asyncapi.yaml')).findChannel('inventory.avro')!.messages;
    expect(message.name).toBe('0');
    expect(message.payloadProperties).toEqual(['sku', 'quantity']);
  });
});

describe('AsyncAPI 3.0 contract', () => {
  it('lists channels with their addresses', async () => {
    const contract = await loadFixture('asyncapi-3.0', 'asyncapi.yaml');
    expect(contract.version).toBe('3.0.0');
    expect(contract.channels.map((channel) => [channel.id, channel.address])).toEqual([
      ['shipmentConfirmed', 'wms.shipments.{warehouseId}.confirmed'],
      ['replies', undefined],
      ['audit', 'audit.shipments'],
    ]);
  });

  it('attaches operations to their channel', async () => {
    const contract = await loadFixture('asyncapi-3.0', 'asyncapi.yaml');
    const operationsOf = (id: string) => contract.findChannel(id)!.operations.map((operation) => [operation.id, operation.action, operation.pointer]);
    expect(operationsOf('shipmentConfirmed')).toEqual([['publishShipmentConfirmed', 'send', '/operations/publishShipmentConfirmed']]);
    expect(operationsOf('replies')).toEqual([['receiveAck', 'receive', '/operations/receiveAck']]);
    expect(operationsOf('audit')).toEqual([['recordAudit', 'receive', '/operations/recordAudit']]);
  });

  it('reads messages through $ref', async () => {
    const [message] = (await loadFixture('asyncapi-3.0', 'asyncapi.yaml')).findChannel('shipmentConfirmed')!.messages;
    expect(message).toEqual({
      name: 'confirmed',
      pointer: '/components/messages/ShipmentConfirmed',
      file: 'asyncapi.yaml',
      headerProperties: ['correlationId', 'eventVersion'],
      payloadProperties: ['shipmentId', 'orderId', 'carrier'],
      correlationIdLocation: '$message.header#/correlationId',
    });
  });

  it('reads a multi-format schema', async () => {
    const [message] = (await loadFixture('asyncapi-3.0', 'asyncapi.yaml')).findChannel('replies')!.messages;
    expect(message.name).toBe('ack');
    expect(message.payloadProperties).toEqual(['shipmentId', 'accepted']);
    expect(message.headerProperties).toEqual([]);
  });

  it('finds channels by id or address', async () => {
    const contract = await loadFixture('asyncapi-3.0', 'asyncapi.yaml');
    expect(contract.findChannel('wms.shipments.{warehouseId}.confirmed')?.id).toBe('shipmentConfirmed');
    expect(contract.findChannel('audit.shipments')?.id).toBe('audit');
    expect(contract.findChannel('audit')?.messages.map((message) => message.payloadProperties)).toEqual([['entryId']]);
    expect(contract.findChannel('shipments')).toBeUndefined();
  });
});
