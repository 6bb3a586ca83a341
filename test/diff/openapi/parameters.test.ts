import { describe, expect, it } from 'vitest';
import { diffTexts, idsOf } from './pair.js';

const STOCK = `openapi: 3.0.3
info: {title: Stock API, version: 1.0.0}
paths:
  /stock-levels:
    get:
      parameters:
        - $ref: '#/components/parameters/Location'
        - {name: X-Channel, in: header, schema: {type: string}}
        - {name: sku, in: query, schema: {type: string}}
      responses:
        '200': {description: Stock levels}
  /stock-reservations:
    get:
      parameters:
        - $ref: '#/components/parameters/Location'
      responses:
        '200': {description: Reservations}
components:
  parameters:
    Location:
      name: locationId
      in: query
      schema: {type: string, maxLength: 20}
`;

describe('parameter matching', () => {
  it('ignores the case of header names', async () => {
    expect(await diffTexts(STOCK, STOCK.replace('name: X-Channel', 'name: x-channel'))).toEqual([]);
  });

  it('ignores the order of parameters', async () => {
    const reordered = STOCK.replace(
      "        - $ref: '#/components/parameters/Location'\n        - {name: X-Channel, in: header, schema: {type: string}}\n        - {name: sku, in: query, schema: {type: string}}",
      "        - {name: sku, in: query, schema: {type: string}}\n        - {name: X-Channel, in: header, schema: {type: string}}\n        - $ref: '#/components/parameters/Location'",
    );
    expect(await diffTexts(STOCK, reordered)).toEqual([]);
  });

  it('ignores an inline parameter replaced by an equal $ref', async () => {
    const inline = STOCK.replace(
      "  /stock-reservations:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/Location'",
      '  /stock-reservations:\n    get:\n      parameters:\n        - {name: locationId, in: query, schema: {type: string, maxLength: 20}}',
    );
    expect(await diffTexts(inline, STOCK)).toEqual([]);
  });

  it('treats a query name that changed case as another parameter', async () => {
    expect(idsOf(await diffTexts(STOCK, STOCK.replace('name: sku, in: query', 'name: SKU, in: query')))).toEqual(['parameter-added-optional', 'parameter-removed']);
  });

  it('ignores reserved headers in 3.x', async () => {
    const withAccept = STOCK.replace('        - {name: sku,', '        - {name: Accept, in: header, required: true, schema: {type: string}}\n        - {name: sku,');
    expect(await diffTexts(STOCK, withAccept)).toEqual([]);
  });
});

describe('parameter changes', () => {
  it('reports a shared parameter schema change once for every operation', async () => {
    const changes = await diffTexts(STOCK, STOCK.replace('maxLength: 20', 'maxLength: 10'));
    expect(idsOf(changes)).toEqual(['request-parameter-max-length-decreased']);
    expect(changes[0].usedBy).toEqual(['GET /stock-levels', 'GET /stock-reservations']);
    expect(changes[0].base?.pointer).toBe('/components/parameters/Location/schema/maxLength');
  });

  it('reports a new required header as breaking', async () => {
    const changes = await diffTexts(STOCK, STOCK.replace('{name: X-Channel, in: header, schema', '{name: X-Channel, in: header, required: true, schema'));
    expect(changes.map((change) => [change.id, change.level, change.message])).toEqual([
      ['parameter-became-required', 'breaking', "header parameter 'X-Channel' became required"],
    ]);
    expect(changes[0].revision?.pointer).toBe('/paths/~1stock-levels/get/parameters/1/required');
  });

  it('places an added parameter at the base parameter list', async () => {
    const changes = await diffTexts(STOCK, STOCK.replace('        - {name: sku,', '        - {name: storeId, in: query, required: true, schema: {type: string}}\n        - {name: sku,'));
    expect(idsOf(changes)).toEqual(['parameter-added-required']);
    expect(changes[0].base?.pointer).toBe('/paths/~1stock-levels/get/parameters');
    expect(changes[0].revision?.pointer).toBe('/paths/~1stock-levels/get/parameters/2');
    expect(changes[0].usedBy).toEqual(['GET /stock-levels']);
  });

  it('reports a parameter moved to another location once', async () => {
    const changes = await diffTexts(STOCK, STOCK.replace('{name: sku, in: query', '{name: sku, in: header'));
    expect(changes.map((change) => change.message)).toEqual(["parameter 'sku' moved from the query string to the headers"]);
  });

  it('compares path-level parameters overridden by the operation', async () => {
    const pathLevel = STOCK.replace("  /stock-reservations:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/Location'\n",
      "  /stock-reservations:\n    parameters:\n      - {name: locationId, in: query, schema: {type: string}}\n    get:\n      parameters:\n        - {name: locationId, in: query, required: true, schema: {type: string}}\n");
    const relaxed = pathLevel.replace('        - {name: locationId, in: query, required: true, schema: {type: string}}\n', '        - {name: reservedBefore, in: query, schema: {type: string, format: date}}\n');
    expect(idsOf(await diffTexts(pathLevel, relaxed))).toEqual(['parameter-added-optional', 'parameter-became-optional']);
  });
});
