import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contracts/load.js';
import { isReferenced, openApiNodes, type OpenApiNodes } from '../../src/contracts/nodes/openapi.js';
import { writeWorkspace } from '../helpers/estate.js';

async function indexOf(files: Record<string, string>): Promise<OpenApiNodes> {
  const root = writeWorkspace(files);
  const contract = await loadContract(path.join(root, Object.keys(files)[0]), { root });
  return openApiNodes(contract);
}

const where = (entries: Array<{ node: { file: { path: string }; pointer: string } }>): string[] =>
  entries.map((entry) => `${entry.node.file.path}#${entry.node.pointer}`);

const OAS3 = `openapi: 3.1.0
info: {title: Orders, version: "1", description: Order capture}
tags:
  - {name: orders, description: Orders}
servers:
  - url: https://api.retail.test
paths:
  /orders/{orderId}:
    parameters:
      - $ref: '#/components/parameters/OrderId'
    get:
      operationId: getOrder
      tags: [orders]
      security: [{oauth: [orders.read]}]
      responses:
        '200':
          $ref: 'responses.yaml#/Order'
      callbacks:
        shipped:
          '{$request.body#/url}':
            post:
              responses: {'204': {description: Received}}
webhooks:
  orderCreated:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Order'}
            examples:
              small: {$ref: '#/components/examples/SmallOrder'}
      responses: {'200': {description: OK}}
components:
  parameters:
    OrderId: {name: orderId, in: path, required: true, schema: {type: string}, example: SO-1}
  schemas:
    Order:
      type: object
      properties:
        id: {type: string}
        lines: {type: array, items: {$ref: '#/components/schemas/Line'}}
      x-internal: {$ref: '#/components/schemas/Audit'}
    Line: {type: object, examples: [{sku: A}]}
    Audit: {type: object}
    Unused: {type: object}
  examples:
    SmallOrder: {value: {id: SO-1}}
  securitySchemes:
    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://auth.retail.test/token', scopes: {orders.read: Read}}}}
`;

const RESPONSES = `Order:
  description: The order
  content:
    application/json:
      schema: {$ref: 'api.yaml#/components/schemas/Order'}
      example: {id: SO-1}
`;

describe('openApiNodes', () => {
  it('lists operations of paths, callbacks and webhooks', async () => {
    const nodes = await indexOf({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    expect(nodes.operations.map((operation) => `${operation.pathItem.location} ${operation.method} ${operation.path}`)).toEqual([
      'paths get /orders/{orderId}',
      'callback post {$request.body#/url}',
      'webhooks post orderCreated',
    ]);
  });

  it('resolves path-level parameters', async () => {
    const nodes = await indexOf({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    const [pathItem] = nodes.pathItems;
    expect(pathItem.parameters.map((use) => use.definition?.pointer)).toEqual(['/components/parameters/OrderId']);
    expect(nodes.parameters).toHaveLength(1);
    expect(nodes.parameters[0].component).toBe('OrderId');
  });

  it('indexes nodes in referenced files', async () => {
    const nodes = await indexOf({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    expect(where(nodes.responses)).toContain('responses.yaml#/Order');
    expect(where(nodes.mediaTypes)).toEqual([
      'responses.yaml#/Order/content/application~1json',
      'api.yaml#/webhooks/orderCreated/post/requestBody/content/application~1json',
    ]);
  });

  it('marks component schemas', async () => {
    const nodes = await indexOf({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    const components = nodes.schemas.filter((schema) => schema.component !== undefined).map((schema) => schema.component);
    expect(components.sort()).toEqual(['Audit', 'Line', 'Order', 'Unused']);
    expect(where(nodes.schemas)).toContain('api.yaml#/components/schemas/Order/properties/lines/items');
  });

  it('lists examples with their schemas', async () => {
    const nodes = await indexOf({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    const examples = nodes.examples.map((example) => [example.owner, example.form, `${example.node.file.path}#${example.node.pointer}`, example.schema?.pointer]);
    expect(examples.sort()).toEqual([
      ['components', 'object', 'api.yaml#/components/examples/SmallOrder', undefined],
      ['mediaType', 'object', 'api.yaml#/components/examples/SmallOrder', '/webhooks/orderCreated/post/requestBody/content/application~1json/schema'],
      ['mediaType', 'value', 'responses.yaml#/Order/content/application~1json/example', '/Order/content/application~1json/schema'],
      ['parameter', 'value', 'api.yaml#/components/parameters/OrderId/example', '/components/parameters/OrderId/schema'],
      ['schema', 'value', 'api.yaml#/components/schemas/Line/examples/0', '/components/schemas/Line'],
    ]);
  });

  it('records tags, servers and security', async () => {
    const nodes = await indexOf({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    expect(nodes.tags.map((tag) => tag.name)).toEqual(['orders']);
    expect(nodes.operationTags.map((tag) => [tag.name, tag.node.pointer])).toEqual([['orders', '/paths/~1orders~1{orderId}/get/tags/0']]);
    expect(nodes.servers.map((server) => server.scope)).toEqual(['document']);
    expect(nodes.securityRequirements.map((requirement) => requirement.operation?.method)).toEqual(['get']);
    expect(nodes.securitySchemes.map((scheme) => scheme.name)).toEqual(['oauth']);
  });

  it('collects description and title texts', async () => {
    const nodes = await indexOf({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    expect(nodes.texts.map((text) => `${text.file.path}#${text.pointer}`).sort()).toEqual([
      'api.yaml#/info/description',
      'api.yaml#/info/title',
      'api.yaml#/paths/~1orders~1{orderId}/get/callbacks/shipped/{$request.body#~1url}/post/responses/204/description',
      'api.yaml#/tags/0/description',
      'api.yaml#/webhooks/orderCreated/post/responses/200/description',
      'responses.yaml#/Order/description',
    ]);
  });

  it('marks referenced components', async () => {
    const nodes = await indexOf({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    const used = (name: string): boolean => isReferenced(nodes, 'api.yaml', `/components/schemas/${name}`);
    expect([used('Order'), used('Line'), used('Audit'), used('Unused')]).toEqual([true, true, true, false]);
    expect(isReferenced(nodes, 'api.yaml', '/components/examples/SmallOrder')).toBe(true);
  });

  it('is built once per contract', async () => {
    const root = writeWorkspace({ 'api.yaml': OAS3, 'responses.yaml': RESPONSES });
    const contract = await loadContract(path.join(root, 'api.yaml'), { root });
    expect(openApiNodes(contract)).toBe(openApiNodes(contract));
  });

  it('reads OpenAPI 2.0 sections', async () => {
    const nodes = await indexOf({
      'api.yaml': `swagger: '2.0'
info: {title: Orders, version: '1'}
paths:
  /orders:
    get:
      parameters:
        - {$ref: '#/parameters/Limit'}
      responses:
        '200':
          description: OK
          schema: {$ref: '#/definitions/Order'}
          examples: {application/json: {id: SO-1}}
parameters:
  Limit: {name: limit, in: query, type: integer, x-example: 10}
definitions:
  Order: {type: object, properties: {id: {type: string}}}
  Unused: {type: object}
securityDefinitions:
  key: {type: apiKey, name: X-Key, in: header}
`,
    });
    expect(nodes.dialect).toBe('oas2');
    expect(nodes.components.map((component) => `${component.type}/${component.name}`)).toEqual([
      'parameters/Limit', 'definitions/Order', 'definitions/Unused', 'securityDefinitions/key',
    ]);
    expect(nodes.examples.map((example) => [example.owner, example.keyword, example.schema?.pointer]).sort()).toEqual([
      ['parameter', 'x-example', '/parameters/Limit'],
      ['response', 'examples', '/paths/~1orders/get/responses/200/schema'],
    ]);
    expect(isReferenced(nodes, 'api.yaml', '/definitions/Unused')).toBe(false);
  });
});
