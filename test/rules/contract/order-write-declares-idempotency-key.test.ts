import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'order-write-declares-idempotency-key';
const CREATED = "      responses: {'201': {description: Created}}\n";

describeContractRule(RULE, [
  {
    name: '3.0 order capture without key',
    files: `${OAS30}paths:\n  /orders:\n    post:\n      operationId: captureOrder\n${CREATED}`,
    expected: [[RULE, 'missingKey', '/paths/~1orders/post']],
  },
  {
    name: '2.0 refund of an order',
    files: `${OAS2}paths:\n  /orders/{orderId}/refunds:\n    post:\n${CREATED}`,
    expected: [[RULE, 'missingKey', '/paths/~1orders~1{orderId}~1refunds/post']],
  },
  {
    name: '3.1 stock adjustment batch',
    files: `${OAS31}paths:\n  /inventory/adjustments/batch:\n    post:\n${CREATED}`,
    expected: [[RULE, 'missingKey', '/paths/~1inventory~1adjustments~1batch/post']],
  },
  {
    name: 'patch of an order without If-Match',
    files: `${OAS30}paths:\n  /sales-orders/{id}:\n    patch:\n${CREATED}`,
    expected: [[RULE, 'missingKey', '/paths/~1sales-orders~1{id}/patch']],
  },
  {
    name: 'operationId on a bare path',
    files: `${OAS30}paths:\n  /{tenant}:\n    post:\n      operationId: capturePayment\n${CREATED}`,
    expected: [[RULE, 'missingKey', '/paths/~1{tenant}/post']],
  },
  {
    name: 'Idempotency-Key header passes',
    files: `${OAS30}paths:
  /orders:
    post:
      parameters:
        - {name: Idempotency-Key, in: header, required: true, schema: {type: string}}
${CREATED}`,
    expected: [],
  },
  {
    name: 'body idempotency_key passes',
    files: `${OAS30}paths:
  /v2/refunds:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                idempotency_key: {type: string}
                amount_money: {type: object}
${CREATED}`,
    expected: [],
  },
  {
    name: 'PayPal-Request-Id from a shared parameter',
    files: `${OAS2}paths:
  /payments/{id}/capture:
    post:
      parameters:
        - $ref: '#/parameters/RequestId'
${CREATED}parameters:
  RequestId: {name: PayPal-Request-Id, in: header, type: string}
`,
    expected: [],
  },
  {
    name: 'reads, transitions and replacements pass',
    files: `${OAS30}paths:
  /orders/search:
    post:
${CREATED}  /orders/{id}/cancel:
    post:
${CREATED}  /orders/{id}:
    put:
${CREATED}  /shipments/{id}:
    patch:
      parameters:
        - {name: If-Match, in: header, required: true, schema: {type: string}}
${CREATED}  /orders/{id}/notes:
    post:
${CREATED}  /orders:
    get:
      responses: {'200': {description: OK}}
`,
    expected: [],
  },
]);
