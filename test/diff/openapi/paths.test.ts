import { describe, expect, it } from 'vitest';
import { diffTexts, idsOf } from './pair.js';

const ORDERS = `openapi: 3.0.3
info: {title: Orders API, version: 1.0.0}
paths:
  /orders/{orderId}:
    get:
      operationId: getOrder
      parameters:
        - {name: orderId, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: The order}
  /orders/{orderId}/lines/{lineId}:
    delete:
      operationId: removeOrderLine
      parameters:
        - {name: orderId, in: path, required: true, schema: {type: string}}
        - {name: lineId, in: path, required: true, schema: {type: integer}}
      responses:
        '204': {description: The line was removed}
`;

describe('path matching', () => {
  it('ignores a path-parameter rename', async () => {
    const renamed = ORDERS.replaceAll('{orderId}', '{id}').replaceAll('name: orderId', 'name: id');
    expect(await diffTexts(ORDERS, renamed)).toEqual([]);
  });

  it('matches renamed path parameters by position', async () => {
    const renamed = ORDERS.replace('/orders/{orderId}/lines/{lineId}', '/orders/{order}/lines/{line}')
      .replace('- {name: orderId, in: path, required: true, schema: {type: string}}\n        - {name: lineId, in: path, required: true, schema: {type: integer}}',
        '- {name: order, in: path, required: true, schema: {type: string}}\n        - {name: line, in: path, required: true, schema: {type: string}}');
    const changes = await diffTexts(ORDERS, renamed);
    expect(idsOf(changes)).toEqual(['request-parameter-type-changed']);
    expect(changes[0].usedBy).toEqual(['DELETE /orders/{order}/lines/{line}']);
  });

  it('reports a renamed segment as removed and added', async () => {
    const changes = await diffTexts(ORDERS, ORDERS.replace('/lines/', '/items/'));
    expect(idsOf(changes)).toEqual(['path-added', 'path-removed']);
  });

  it('places a removed path at /paths of the revision', async () => {
    const withoutLines = ORDERS.slice(0, ORDERS.indexOf('  /orders/{orderId}/lines'));
    const [change] = await diffTexts(ORDERS, withoutLines);
    expect(change.id).toBe('path-removed');
    expect(change.level).toBe('breaking');
    expect(change.message).toBe('path /orders/{orderId}/lines/{lineId} was removed');
    expect(change.base).toMatchObject({ file: 'base.yaml', pointer: '/paths/~1orders~1{orderId}~1lines~1{lineId}', line: 11 });
    expect(change.revision).toMatchObject({ file: 'revision.yaml', pointer: '/paths', line: 3 });
  });

  it('places a removed operation at the revision path item', async () => {
    const base = ORDERS.replace('  /orders/{orderId}:\n', `  /orders/{orderId}:
    delete:
      responses:
        '204': {description: The order was cancelled}
`);
    const [change] = await diffTexts(base, ORDERS);
    expect(change.id).toBe('operation-removed');
    expect(change.message).toBe('operation DELETE /orders/{orderId} was removed without being deprecated first');
    expect(change.base?.pointer).toBe('/paths/~1orders~1{orderId}/delete');
    expect(change.revision?.pointer).toBe('/paths/~1orders~1{orderId}');
    expect(change.usedBy).toEqual(['DELETE /orders/{orderId}']);
  });
});

describe('removal after deprecation', () => {
  const withSunset = ORDERS.replace('      operationId: removeOrderLine\n', "      operationId: removeOrderLine\n      deprecated: true\n      x-sunset: '2026-06-30'\n");
  const removed = ORDERS.slice(0, ORDERS.indexOf('  /orders/{orderId}/lines'));

  it('breaks before the sunset date', async () => {
    const changes = await diffTexts(withSunset, removed, Date.parse('2026-01-15T00:00:00Z'));
    expect(idsOf(changes)).toEqual(['operation-removed-before-sunset']);
    expect(changes[0].level).toBe('breaking');
    expect(changes[0].message).toBe('operation DELETE /orders/{orderId}/lines/{lineId} was removed before its sunset date 2026-06-30');
  });

  it('is info after the sunset date', async () => {
    const changes = await diffTexts(withSunset, removed, Date.parse('2026-07-01T00:00:00Z'));
    expect(idsOf(changes)).toEqual(['operation-removed-after-sunset']);
    expect(changes[0].level).toBe('info');
  });

  it('reads the sunset as an HTTP date', async () => {
    const httpDate = withSunset.replace("'2026-06-30'", "'Tue, 30 Jun 2026 23:59:59 GMT'");
    expect(idsOf(await diffTexts(httpDate, removed, Date.parse('2026-06-30T12:00:00Z')))).toEqual(['operation-removed-before-sunset']);
  });

  it('reports deprecated operations of a removed path one by one', async () => {
    const deprecated = ORDERS.replace('      operationId: removeOrderLine\n', '      operationId: removeOrderLine\n      deprecated: true\n');
    const changes = await diffTexts(deprecated, removed);
    expect(idsOf(changes)).toEqual(['operation-removed-after-deprecation']);
    expect(changes[0].level).toBe('warning');
    expect(changes[0].revision?.pointer).toBe('/paths');
  });
});

describe('operation metadata', () => {
  it('treats tags as a set', async () => {
    const tagged = ORDERS.replace('      operationId: getOrder\n', '      operationId: getOrder\n      tags: [orders, fulfilment]\n');
    const reordered = ORDERS.replace('      operationId: getOrder\n', '      operationId: getOrder\n      tags: [fulfilment, orders]\n');
    expect(await diffTexts(tagged, reordered)).toEqual([]);
  });

  it('ignores summary and description edits', async () => {
    const described = ORDERS.replace('      operationId: getOrder\n', '      operationId: getOrder\n      summary: Get an order\n');
    const redescribed = ORDERS.replace('      operationId: getOrder\n', '      operationId: getOrder\n      summary: Read one order\n      description: Returns the order with its lines.\n');
    expect(await diffTexts(described, redescribed)).toEqual([]);
  });

  it('names both operationIds when one changes', async () => {
    const [change] = await diffTexts(ORDERS, ORDERS.replace('operationId: getOrder', 'operationId: readOrder'));
    expect(change.message).toBe("the operationId of GET /orders/{orderId} changed from 'getOrder' to 'readOrder'");
    expect(change.level).toBe('warning');
  });
});
