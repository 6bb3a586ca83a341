import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIFF_FIXTURES } from '../../helpers/diff.js';
import { diffTexts, idsOf } from './pair.js';

const CONVERTED = path.join(DIFF_FIXTURES, 'openapi-version-changed');
const swagger = readFileSync(path.join(CONVERTED, 'base.yaml'), 'utf8');
const openapi = readFileSync(path.join(CONVERTED, 'revision.yaml'), 'utf8');

const RETURNS_2 = `swagger: '2.0'
info: {title: Returns API, version: 1.0.0}
paths:
  /returns/{returnId}/label:
    get:
      produces: [application/pdf]
      parameters:
        - {name: returnId, in: path, required: true, type: string}
      responses:
        '200':
          description: The return label
          schema: {type: file}
  /returns:
    post:
      consumes: [multipart/form-data]
      parameters:
        - {name: orderId, in: formData, required: true, type: string}
        - {name: photo, in: formData, type: file}
        - {name: reasons, in: query, type: array, items: {type: string}, collectionFormat: multi}
      responses:
        '201':
          description: The return was opened
          schema: {$ref: '#/definitions/Return'}
definitions:
  Return:
    type: object
    properties:
      returnId: {type: string}
      refundAmount: {type: number, x-nullable: true}
`;

const RETURNS_3 = `openapi: 3.0.3
info: {title: Returns API, version: 1.0.0}
paths:
  /returns/{returnId}/label:
    get:
      parameters:
        - {name: returnId, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The return label
          content:
            application/pdf:
              schema: {type: string, format: binary}
  /returns:
    post:
      parameters:
        - {name: reasons, in: query, style: form, explode: true, schema: {type: array, items: {type: string}}}
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [orderId]
              properties:
                orderId: {type: string}
                photo: {type: string, format: binary}
      responses:
        '201':
          description: The return was opened
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Return'}
components:
  schemas:
    Return:
      type: object
      properties:
        returnId: {type: string}
        refundAmount: {type: number, nullable: true}
`;

describe('OpenAPI 2.0 against 3.x', () => {
  it('finds only the version change in a converted API', async () => {
    expect(idsOf(await diffTexts(swagger, openapi))).toEqual(['openapi-version-changed']);
  });

  it('finds only the version change the other way round', async () => {
    expect(idsOf(await diffTexts(openapi, swagger))).toEqual(['openapi-version-changed']);
  });

  it('maps formData, file, multi and x-nullable', async () => {
    expect(idsOf(await diffTexts(RETURNS_2, RETURNS_3))).toEqual(['openapi-version-changed']);
  });

  it('compares a converted API with 3.1', async () => {
    const openapi31 = RETURNS_3.replace('openapi: 3.0.3', 'openapi: 3.1.0').replace('{type: number, nullable: true}', '{type: [number, "null"]}');
    expect(idsOf(await diffTexts(RETURNS_2, openapi31))).toEqual(['openapi-version-changed']);
  });

  it('takes 2.0 media types from produces', async () => {
    const changes = await diffTexts(RETURNS_2, RETURNS_2.replace('produces: [application/pdf]', 'produces: [image/png]'));
    expect(idsOf(changes)).toEqual(['response-media-type-added', 'response-media-type-removed']);
    expect(changes.find((change) => change.id === 'response-media-type-removed')?.base?.pointer).toBe('/paths/~1returns~1{returnId}~1label/get/produces/0');
  });

  it('reads 2.0 collectionFormat as explode', async () => {
    const changes = await diffTexts(RETURNS_2, RETURNS_2.replace('collectionFormat: multi', 'collectionFormat: csv'));
    expect(idsOf(changes)).toEqual(['parameter-explode-changed']);
    expect(changes[0].message).toBe("explode of query parameter 'reasons' changed from true to false");
  });

  it('reports a formData parameter that became required as a request body change', async () => {
    const changes = await diffTexts(RETURNS_2, RETURNS_2.replace('{name: photo, in: formData, type: file}', '{name: photo, in: formData, required: true, type: file}'));
    expect(idsOf(changes)).toEqual(['request-body-property-became-required']);
    expect(changes[0].usedBy).toEqual(['POST /returns']);
  });

  it('reports host and basePath against servers', async () => {
    const moved = swagger.replace('basePath: /v2', 'basePath: /v3');
    const changes = await diffTexts(moved, openapi);
    expect(idsOf(changes)).toEqual(['openapi-version-changed', 'server-url-changed']);
    expect(changes.find((change) => change.id === 'server-url-changed')?.message).toBe('base URL https://stock.example-retail.com/v3 changed to https://stock.example-retail.com/v2');
  });
});

describe('document versions', () => {
  it('reports an OpenAPI patch version bump as info', async () => {
    const changes = await diffTexts(RETURNS_3, RETURNS_3.replace('openapi: 3.0.3', 'openapi: 3.0.4'));
    expect(idsOf(changes)).toEqual(['openapi-version-changed']);
    expect(changes[0].level).toBe('info');
  });

  it('reports info.version as info', async () => {
    const changes = await diffTexts(RETURNS_3, RETURNS_3.replace('version: 1.0.0', 'version: 1.1.0'));
    expect(changes.map((change) => [change.id, change.level])).toEqual([['api-version-changed', 'info']]);
  });
});
