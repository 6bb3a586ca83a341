import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'timestamp-has-date-time-format';
const ASYNC2 = "asyncapi: 2.6.0\ninfo: {title: Shipment events, version: '1'}\n";

describeContractRule(RULE, [
  {
    name: '3.0 string without format',
    files: `${OAS30}paths: {}
components:
  schemas:
    Shipment:
      type: object
      properties:
        shipped_at: {type: string}
`,
    expected: [[RULE, 'missingFormat', '/components/schemas/Shipment/properties/shipped_at']],
  },
  {
    name: '2.0 integer without unit',
    files: `${OAS2}paths: {}
definitions:
  Webhook:
    type: object
    properties:
      createdAt: {type: integer}
`,
    expected: [[RULE, 'numberWithoutUnit', '/definitions/Webhook/properties/createdAt']],
  },
  {
    name: '3.1 nullable string without format',
    files: `${OAS31}components:
  schemas:
    Order:
      type: object
      properties:
        placedTimestamp: {type: [string, 'null']}
`,
    expected: [[RULE, 'missingFormat', '/components/schemas/Order/properties/placedTimestamp']],
  },
  {
    name: 'asyncapi 2 payload timestamp',
    files: `${ASYNC2}channels:
  shipment-dispatched:
    subscribe:
      message:
        payload:
          type: object
          properties:
            dispatchedAt: {type: string}
`,
    expected: [[RULE, 'missingFormat', '/channels/shipment-dispatched/subscribe/message/payload/properties/dispatchedAt']],
  },
  {
    name: 'declared formats pass',
    files: `${OAS30}paths: {}
components:
  schemas:
    Shipment:
      type: object
      properties:
        shipped_at: {type: string, format: date-time}
        delivered_at: {type: string, pattern: '^\\d{4}-\\d{2}-\\d{2}T'}
        created_at: {type: string, description: 'When the shipment was created, as an RFC 3339 timestamp.'}
        updated_at: {type: integer, description: Seconds since the Unix epoch.}
        time: {type: string}
        at: {type: string}
`,
    expected: [],
  },
  {
    name: 'format through a reference passes',
    files: `${OAS30}paths: {}
components:
  schemas:
    Instant: {type: string, format: date-time}
    Return:
      type: object
      properties:
        receivedAt: {$ref: '#/components/schemas/Instant'}
`,
    expected: [],
  },
]);
