import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-valid-media-example';

const COMPONENTS = `components:
  schemas:
    Customer:
      type: object
      required: [id, email, password]
      properties:
        id: {type: string, readOnly: true}
        email: {type: string, format: email}
        password: {type: string, writeOnly: true}
`;

/** Returns a 3.x document whose POST /customers request and 201 response bodies have the given examples. */
function customers(header: string, request: string, response: string): string {
  return `${header}paths:
  /customers:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Customer'}
${request}
      responses:
        '201':
          description: Created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Customer'}
${response}
${COMPONENTS}`;
}

const REQUEST_OK = '            example: {email: ana@example.com, password: s3cret}';
const RESPONSE_OK = '              example: {id: c-1, email: ana@example.com}';

describeContractRule(RULE, [
  {
    name: '3.0 request example misses writeOnly property',
    files: customers(OAS30, '            example: {email: ana@example.com}', RESPONSE_OK),
    expected: [[RULE, 'invalid', '/paths/~1customers/post/requestBody/content/application~1json/example']],
  },
  {
    name: '3.1 response example misses readOnly property',
    files: customers(OAS31, REQUEST_OK, '              example: {email: ana@example.com}'),
    expected: [[RULE, 'invalid', '/paths/~1customers/post/responses/201/content/application~1json/example']],
  },
  {
    name: '3.0 named example with bad format',
    files: customers(OAS30, '            examples:\n              ana:\n                value: {email: not-an-address, password: x}', RESPONSE_OK),
    expected: [[RULE, 'invalid', '/paths/~1customers/post/requestBody/content/application~1json/examples/ana/value']],
  },
  {
    name: '3.0 component example invalid where used',
    files: `${customers(OAS30, "            examples:\n              ana: {$ref: '#/components/examples/Ana'}", RESPONSE_OK)}  examples:\n    Ana:\n      value: {email: ana@example.com}\n`,
    expected: [[RULE, 'invalidFor', '/components/examples/Ana/value']],
  },
  {
    name: '3.0 parameter example against its schema',
    files: `${OAS30}paths:\n  /orders:\n    get:\n      parameters:\n        - {name: limit, in: query, schema: {type: integer, maximum: 100}, example: 500}\n      responses: {'200': {description: OK}}\n`,
    expected: [[RULE, 'invalid', '/paths/~1orders/get/parameters/0/example']],
  },
  {
    name: '3.0 readOnly left out of request and writeOnly of response',
    files: customers(OAS30, REQUEST_OK, RESPONSE_OK),
    expected: [],
  },
  {
    name: '3.1 externalValue not fetched',
    files: customers(OAS31, "            examples:\n              ana: {externalValue: 'https://example.com/ana.json'}", RESPONSE_OK),
    expected: [],
  },
  {
    name: '3.0 discriminator picks the member',
    files: `${OAS30}paths:
  /payments:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Voucher'}]
              discriminator: {propertyName: method}
            example: {method: Voucher, code: SPRING}
      responses: {'201': {description: Created}}
components:
  schemas:
    Card: {type: object, properties: {method: {type: string}, last4: {type: string}}}
    Voucher: {type: object, required: [code], properties: {method: {type: string}, code: {type: string}}}
`,
    expected: [],
  },
]);
