import { describe, expect, it } from 'vitest';
import { diffTexts, idsOf } from './pair.js';

const SHIPMENTS = `openapi: 3.0.3
info: {title: Shipments API, version: 1.0.0}
paths:
  /shipments/{shipmentId}:
    get:
      parameters:
        - {name: shipmentId, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The shipment
          headers:
            ETag: {schema: {type: string}}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Shipment'}
        '404':
          description: No such shipment
          headers:
            X-Request-Id: {schema: {type: string}}
  /shipments:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Shipment'}
      responses:
        '201':
          description: The shipment was created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Shipment'}
components:
  schemas:
    Shipment:
      type: object
      properties:
        shipmentId: {type: string}
        carrier: {type: string}
        parcels:
          type: array
          items: {$ref: '#/components/schemas/Parcel'}
    Parcel:
      type: object
      properties:
        trackingNumber: {type: string}
        contents:
          type: array
          items: {$ref: '#/components/schemas/Parcel'}
`;

describe('responses', () => {
  it('matches media types that differ only in parameters', async () => {
    expect(await diffTexts(SHIPMENTS, SHIPMENTS.replace("        '201':\n          description: The shipment was created\n          content:\n            application/json:",
      "        '201':\n          description: The shipment was created\n          content:\n            application/json; charset=utf-8:"))).toEqual([]);
  });

  it('ignores a $ref replaced by the equal inline schema', async () => {
    const inline = SHIPMENTS.replace("          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Shipment'}\n        '404'",
      "          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  shipmentId: {type: string}\n                  carrier: {type: string}\n                  parcels:\n                    type: array\n                    items: {$ref: '#/components/schemas/Parcel'}\n        '404'");
    expect(await diffTexts(SHIPMENTS, inline)).toEqual([]);
  });

  it('sends a circular schema change to the schema comparer once', async () => {
    const changes = await diffTexts(SHIPMENTS, SHIPMENTS.replace('        trackingNumber: {type: string}\n', ''));
    expect(changes.map((change) => change.id)).toEqual(['response-body-optional-property-removed', 'request-body-optional-property-removed']);
    expect(changes[0].usedBy).toEqual(['GET /shipments/{shipmentId}', 'POST /shipments']);
  });

  it('reports a removed success header as breaking', async () => {
    const changes = await diffTexts(SHIPMENTS, SHIPMENTS.replace('          headers:\n            ETag: {schema: {type: string}}\n', ''));
    expect(changes.map((change) => [change.id, change.level, change.message])).toEqual([
      ['response-header-removed', 'breaking', "header 'ETag' was removed from the 200 response of GET /shipments/{shipmentId}"],
    ]);
    expect(changes[0].revision?.pointer).toBe('/paths/~1shipments~1{shipmentId}/get/responses/200');
  });

  it('reports a removed optional error header as a warning', async () => {
    const changes = await diffTexts(SHIPMENTS, SHIPMENTS.replace('          headers:\n            X-Request-Id: {schema: {type: string}}\n', ''));
    expect(changes.map((change) => [change.id, change.level])).toEqual([['response-error-header-removed', 'warning']]);
  });

  it('matches header names whatever their case', async () => {
    expect(await diffTexts(SHIPMENTS, SHIPMENTS.replace('ETag: {schema', 'etag: {schema'))).toEqual([]);
  });

  it('hands a response header schema to the schema comparer', async () => {
    const changes = await diffTexts(SHIPMENTS, SHIPMENTS.replace('ETag: {schema: {type: string}}', 'ETag: {schema: {type: integer}}'));
    expect(idsOf(changes)).toEqual(['response-header-type-changed']);
    expect(changes[0].usedBy).toEqual(['GET /shipments/{shipmentId}']);
    expect(changes[0].message).toContain("header 'ETag'");
  });

  it('compares a body whose schema was dropped as any value', async () => {
    const changes = await diffTexts(SHIPMENTS, SHIPMENTS.replace("        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Shipment'}\n      responses",
      '        content:\n          application/json: {}\n      responses'));
    expect([...new Set(idsOf(changes))]).toEqual(['request-body-optional-property-removed', 'request-body-type-widened']);
    expect(changes.map((change) => change.level)).not.toContain('breaking');
    expect(changes[0].revision?.pointer).toBe('/paths/~1shipments/post/requestBody/content/application~1json/schema');
  });

  it('classifies status codes', async () => {
    const changes = await diffTexts(SHIPMENTS, SHIPMENTS.replace("        '404':", "        '410':").replace("        '201':", "        '202':"));
    expect(changes.map((change) => [change.id, change.level]).sort()).toEqual([
      ['response-error-status-added', 'info'],
      ['response-error-status-removed', 'warning'],
      ['response-success-status-added', 'warning'],
      ['response-success-status-removed', 'breaking'],
    ]);
  });
});

describe('self comparison', () => {
  it('finds nothing in a document compared with itself', async () => {
    expect(await diffTexts(SHIPMENTS, SHIPMENTS)).toEqual([]);
  });
});
