/** Contracts whose names, descriptions and enum values try to break out of generated code. */

const PAYLOAD = '*/ pwned(); /* " + pwned() + " ` ${pwned()} ` \u2028 pwned() \n pwned() \r';

const hostileSchemas = {
  constructor: {
    type: 'object',
    description: PAYLOAD,
    required: ['__proto__'],
    properties: {
      __proto__: { type: 'string', description: PAYLOAD },
      '*/': { type: 'string', description: '*/ pwned(); /*' },
      'quote"d': { type: 'string', enum: [PAYLOAD, '"; pwned(); "', '`${pwned()}`', 'a\u2028b', 'new\nline'] },
      'Größe der Bestellung': { type: 'integer' },
      'with space': { type: 'string', title: PAYLOAD },
      self: { $ref: '#/components/schemas/__proto__' },
    },
  },
  __proto__: {
    type: 'object',
    properties: { toString: { type: 'string' }, next: { $ref: '#/components/schemas/__proto__' } },
  },
  Error: { type: 'string', enum: ['*/', '${x}'] },
  Promise: { oneOf: [{ $ref: '#/components/schemas/Error' }, { type: 'null' }] },
  'order-line': { type: 'string' },
  order_line: { type: 'number' },
};

const hostileResponse = { description: PAYLOAD, content: { 'application/json': { schema: { $ref: '#/components/schemas/__proto__' } } } };

export const HOSTILE_CONTRACTS: Record<string, unknown> = {
  openapi: {
    openapi: '3.1.0',
    info: { title: `Hostile ${PAYLOAD}`, version: '1.0.0', description: PAYLOAD },
    servers: [{ url: 'https://example.test/"; pwned(); "/`${pwned()}`' }],
    paths: {
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        post: {
          operationId: 'delete',
          summary: PAYLOAD,
          description: PAYLOAD,
          parameters: [
            { name: 'x-"quoted" header', in: 'header', description: PAYLOAD, schema: { type: 'string' } },
            { name: '2fa-verify', in: 'query', schema: { type: 'string', enum: [PAYLOAD, 'plain'] } },
            { name: '__proto__', in: 'query', schema: { type: 'string' } },
          ],
          requestBody: { required: true, description: PAYLOAD, content: { 'application/json': { schema: { $ref: '#/components/schemas/constructor' } } } },
          responses: { '200': hostileResponse, '4XX': { description: PAYLOAD }, default: hostileResponse },
        },
      },
      '/things': {
        get: { responses: { '200': { description: 'no operationId' } } },
        put: { operationId: 'constructor', responses: { '204': { description: PAYLOAD } } },
        patch: { operationId: '2fa-verify', responses: { '204': { description: 'x' } } },
        delete: { operationId: '2fa verify', responses: { '204': { description: 'collides after conversion' } } },
      },
    },
    components: { schemas: hostileSchemas },
  },
  asyncapi: {
    asyncapi: '3.0.0',
    info: { title: PAYLOAD, version: '1.0.0', description: PAYLOAD },
    channels: {
      'evil */ channel': {
        address: 'evil/{user"id}/`${pwned()}`',
        description: PAYLOAD,
        parameters: { 'user"id': { description: PAYLOAD } },
        messages: {
          delete: {
            name: '*/ pwned(); /*',
            summary: PAYLOAD,
            correlationId: { location: '$message.header#/x-"corr"' },
            headers: { type: 'object', properties: { 'x-"corr"': { type: 'string' }, eventId: { type: 'string', description: PAYLOAD } } },
            payload: { $ref: '#/components/schemas/constructor' },
          },
          constructor: { payload: { type: 'string', enum: [PAYLOAD] } },
        },
      },
    },
    operations: {
      'send */ it': { action: 'send', channel: { $ref: '#/channels/evil *~1 channel' } },
    },
    components: { schemas: hostileSchemas },
  },
};
