import { describe, expect, it } from 'vitest';
import { loadFixture } from '../helpers/contract-fixtures.js';

describe('OpenAPI 2.0 contract', () => {
  it('detects format and version', async () => {
    const contract = await loadFixture('openapi-2.0', 'api.yaml');
    expect(contract.format).toBe('openapi');
    expect(contract.version).toBe('2.0');
    expect(contract.id).toBe('api.yaml');
    expect(contract.files.map((file) => file.path)).toEqual(['api.yaml']);
  });

  it('lists every operation', async () => {
    const contract = await loadFixture('openapi-2.0', 'api.yaml');
    expect(contract.operations.map((operation) => `${operation.method} ${operation.path} ${operation.operationId}`)).toEqual([
      'GET /orders listOrders',
      'POST /orders createOrder',
      'GET /orders/{orderId} getOrder',
    ]);
  });

  it('merges path and operation parameters', async () => {
    const listOrders = (await loadFixture('openapi-2.0', 'api.yaml')).findOperation('listOrders')!;
    expect(listOrders.parameters).toEqual([
      { name: 'storeId', in: 'query', required: true, pointer: '/paths/~1orders/parameters/0', file: 'api.yaml' },
      { name: 'X-Correlation-Id', in: 'header', required: true, pointer: '/paths/~1orders/get/parameters/0', file: 'api.yaml' },
      { name: 'status', in: 'query', required: false, pointer: '/paths/~1orders/get/parameters/1', file: 'api.yaml' },
    ]);
  });

  it('marks path parameters required', async () => {
    const getOrder = (await loadFixture('openapi-2.0', 'api.yaml')).findOperation('getOrder')!;
    expect(getOrder.parameters.map((parameter) => [parameter.name, parameter.in, parameter.required])).toEqual([
      ['orderId', 'path', true],
    ]);
  });

  it('reads the body parameter schema', async () => {
    const createOrder = (await loadFixture('openapi-2.0', 'api.yaml')).findOperation('createOrder')!;
    expect(createOrder.requestBodyProperties).toEqual(['channel', 'placedAt', 'lines']);
    expect(createOrder.parameters.find((parameter) => parameter.in === 'body')?.name).toBe('order');
  });

  it('collects response headers through $ref', async () => {
    const contract = await loadFixture('openapi-2.0', 'api.yaml');
    expect(contract.findOperation('createOrder')!.responseHeaders).toEqual(['Location', 'X-Request-Id']);
    expect(contract.findOperation('listOrders')!.responseHeaders).toEqual(['X-Total-Count']);
    expect(contract.findOperation('getOrder')!.responseHeaders).toEqual([]);
  });
});

describe('OpenAPI 3.0 contract', () => {
  it('detects format and version', async () => {
    const contract = await loadFixture('openapi-3.0', 'api.yaml');
    expect(contract.format).toBe('openapi');
    expect(contract.version).toBe('3.0.3');
    expect(contract.operations).toHaveLength(4);
    expect(contract.channels).toEqual([]);
  });

  it('overrides path parameters by name and location', async () => {
    const replaceOrder = (await loadFixture('openapi-3.0', 'api.yaml')).findOperation('replaceOrder')!;
    expect(replaceOrder.parameters.map((parameter) => [parameter.name, parameter.in, parameter.required, parameter.pointer])).toEqual([
      ['id', 'path', true, '/paths/~1orders~1{id}/parameters/0'],
      ['Accept-Language', 'header', true, '/paths/~1orders~1{id}/post/parameters/0'],
      ['Idempotency-Key', 'header', true, '/paths/~1orders~1{id}/post/parameters/1'],
    ]);
  });

  it('reads request body through $ref, allOf and oneOf', async () => {
    const replaceOrder = (await loadFixture('openapi-3.0', 'api.yaml')).findOperation('replaceOrder')!;
    expect(replaceOrder.requestBodyProperties).toEqual(['orderId', 'channel', 'total', 'storeId', 'marketplaceId']);
  });

  it('prefers a +json media type', async () => {
    const createOrder = (await loadFixture('openapi-3.0', 'api.yaml')).findOperation('createOrder')!;
    expect(createOrder.requestBodyProperties).toEqual(['orderId', 'channel', 'total', 'storeId', 'marketplaceId']);
  });

  it('falls back to the first media type', async () => {
    const putNotes = (await loadFixture('openapi-3.0', 'api.yaml')).findOperation('putNotes')!;
    expect(putNotes.requestBodyProperties).toEqual(['note']);
  });

  it('collects response headers of every response', async () => {
    const replaceOrder = (await loadFixture('openapi-3.0', 'api.yaml')).findOperation('replaceOrder')!;
    expect(replaceOrder.responseHeaders).toEqual(['X-Request-Id', 'ETag', 'Retry-After']);
  });

  it('finds an operation without operationId by method and path', async () => {
    const contract = await loadFixture('openapi-3.0', 'api.yaml');
    const getOrder = contract.findOperation('get /orders/{id}');
    expect(getOrder?.operationId).toBeUndefined();
    expect(getOrder?.pointer).toBe('/paths/~1orders~1{id}/get');
    expect(getOrder?.requestBodyProperties).toEqual([]);
  });

  it('finds an operation with renamed path parameters', async () => {
    const contract = await loadFixture('openapi-3.0', 'api.yaml');
    expect(contract.findOperation('POST /orders/{orderId}')?.operationId).toBe('replaceOrder');
    expect(contract.findOperation('PUT /orders/{orderId}/notes')?.operationId).toBe('putNotes');
  });

  it('finds nothing for an unknown name', async () => {
    const contract = await loadFixture('openapi-3.0', 'api.yaml');
    expect(contract.findOperation('DELETE /orders/{orderId}')).toBeUndefined();
    expect(contract.findOperation('POST /orders/{orderId}/lines')).toBeUndefined();
    expect(contract.findOperation('cancelOrder')).toBeUndefined();
    expect(contract.findChannel('orders')).toBeUndefined();
  });
});

describe('OpenAPI 3.1 contract', () => {
  it('reads a JSON document and skips webhooks', async () => {
    const contract = await loadFixture('openapi-3.1', 'api.json');
    expect(contract.version).toBe('3.1.0');
    expect(contract.source.format).toBe('json');
    expect(contract.operations.map((operation) => operation.operationId)).toEqual(['createRefund']);
    expect(contract.findOperation('refundCompleted')).toBeUndefined();
  });

  it('reads $ref together with sibling properties', async () => {
    const createRefund = (await loadFixture('openapi-3.1', 'api.json')).findOperation('POST /refunds')!;
    expect(createRefund.requestBodyProperties).toEqual(['returnId', 'refundId', 'amount']);
    expect(createRefund.responseHeaders).toEqual(['Location']);
  });

  it('resolves a $ref to its node and position', async () => {
    const contract = await loadFixture('openapi-3.1', 'api.json');
    const resolved = contract.resolve('#/components/schemas/RefundBase', contract.source);
    expect(resolved.pointer).toBe('/components/schemas/RefundBase');
    expect(resolved.file).toBe(contract.source);
    expect(Object.keys(resolved.value as object)).toEqual(['type', 'properties']);
    expect(contract.source.position(resolved.pointer)).toEqual({ line: 41, column: 7 });
  });
});
