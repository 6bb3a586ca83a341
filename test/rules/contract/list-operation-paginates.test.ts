import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'list-operation-paginates';

/** Builds a contract with GET /orders, its `parameters`, and a 200 response whose JSON schema is `schema`. */
function ordersGet(parameters: string, schema: string, headers = ''): string {
  return `${OAS30}paths:
  /orders:
    get:
      parameters: ${parameters}
      responses:
        '200':
          description: OK
${headers}          content:
            application/json:
              schema: ${schema}
`;
}

describeContractRule(RULE, [
  {
    name: '3.0 top-level array',
    files: ordersGet('[]', '{type: array, items: {type: object}}'),
    expected: [[RULE, 'noPagination', '/paths/~1orders/get']],
  },
  {
    name: '3.0 envelope named after the resource',
    files: ordersGet('[]', '{type: object, properties: {orders: {type: array, items: {type: object}}, errors: {type: array}}}'),
    expected: [[RULE, 'noPagination', '/paths/~1orders/get']],
  },
  {
    name: 'limit without a position',
    files: ordersGet('[{name: limit, in: query, schema: {type: integer}}]', '{type: object, properties: {data: {type: array}}}'),
    expected: [[RULE, 'sizeWithoutPosition', '/paths/~1orders/get']],
  },
  {
    name: '2.0 array of products',
    files: `${OAS2}paths:
  /categories/{id}/products:
    get:
      responses:
        '200':
          description: OK
          schema: {type: array, items: {type: object}}
`,
    expected: [[RULE, 'noPagination', '/paths/~1categories~1{id}~1products/get']],
  },
  {
    name: '3.1 OData results',
    files: `${OAS31}paths:
  /A_SalesOrder:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  d:
                    type: object
                    properties:
                      results: {type: array, items: {type: object}}
`,
    expected: [[RULE, 'noPagination', '/paths/~1A_SalesOrder/get']],
  },
  {
    name: 'cursor parameter passes',
    files: ordersGet('[{name: limit, in: query, schema: {type: integer}}, {name: cursor, in: query, schema: {type: string}}]', '{type: array}'),
    expected: [],
  },
  {
    name: 'JSON:API page parameters pass',
    files: ordersGet("[{name: 'page[number]', in: query, schema: {type: integer}}]", '{type: object, properties: {data: {type: array}}}'),
    expected: [],
  },
  {
    name: 'next cursor in the response passes',
    files: ordersGet('[]', '{type: object, properties: {orders: {type: array}, meta: {type: object, properties: {next_cursor: {type: string}}}}}'),
    expected: [],
  },
  {
    name: 'Link header passes',
    files: ordersGet('[]', '{type: array}', '          headers:\n            Link: {schema: {type: string}}\n'),
    expected: [],
  },
  {
    name: 'single resources and bounded lists pass',
    files: `${OAS30}paths:
  /orders/{id}:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {type: object, properties: {items: {type: array}}}
  /carts/{cartId}/items:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {type: array}
  /countries:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {type: array}
`,
    expected: [],
  },
]);
