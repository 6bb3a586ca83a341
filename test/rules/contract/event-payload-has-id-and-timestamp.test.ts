import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'event-payload-has-id-and-timestamp';
const ASYNC2 = "asyncapi: 2.6.0\ninfo: {title: Stock events, version: '1'}\n";
const ASYNC3 = "asyncapi: 3.0.0\ninfo: {title: Stock events, version: '1'}\n";

describeContractRule(RULE, [
  {
    name: '2.x message without id and time',
    files: `${ASYNC2}channels:
  stock-changed:
    subscribe:
      message:
        name: StockChanged
        payload:
          type: object
          properties:
            sku: {type: string}
            quantity: {type: integer}
`,
    expected: [
      [RULE, 'missingId', '/channels/stock-changed/subscribe/message'],
      [RULE, 'missingTimestamp', '/channels/stock-changed/subscribe/message'],
    ],
  },
  {
    name: '3.0 message with id but no time',
    files: `${ASYNC3}channels:
  stockChanged:
    address: stock.changed
    messages:
      stockChanged:
        $ref: '#/components/messages/StockChanged'
components:
  messages:
    StockChanged:
      headers:
        type: object
        properties:
          event_id: {type: string}
      payload:
        type: object
        properties:
          sku: {type: string}
`,
    expected: [[RULE, 'missingTimestamp', '/components/messages/StockChanged']],
  },
  {
    name: 'message shared by two channels reported once',
    files: `${ASYNC2}channels:
  price-changed:
    subscribe:
      message: {$ref: '#/components/messages/PriceChanged'}
  price-changed-eu:
    subscribe:
      message: {$ref: '#/components/messages/PriceChanged'}
components:
  messages:
    PriceChanged:
      payload:
        type: object
        properties:
          eventId: {type: string}
          sku: {type: string}
`,
    expected: [[RULE, 'missingTimestamp', '/components/messages/PriceChanged']],
  },
  {
    name: 'headers in a file reference',
    files: {
      'api.yaml': `${ASYNC3}channels:
  priceChanged:
    address: price.changed
    messages:
      priceChanged:
        headers: {$ref: 'headers.yaml#/EventHeaders'}
        payload:
          type: object
          properties:
            sku: {type: string}
`,
      'headers.yaml': `EventHeaders:
  type: object
  properties:
    X-Event-Id: {type: string}
    occurredAt: {type: string, format: date-time}
`,
    },
    expected: [],
  },
  {
    name: 'CloudEvents trait passes',
    files: `${ASYNC2}channels:
  partner-changed:
    subscribe:
      message:
        traits:
          - $ref: '#/components/messageTraits/CloudEventContext'
        payload:
          type: object
          properties:
            BusinessPartner: {type: string}
components:
  messageTraits:
    CloudEventContext:
      headers:
        type: object
        properties:
          id: {type: string}
          time: {type: string, format: date-time}
`,
    expected: [],
  },
  {
    name: 'metadata envelope passes',
    files: `${ASYNC3}channels:
  orderShipped:
    address: order.shipped
    messages:
      orderShipped:
        payload:
          type: object
          properties:
            metadata:
              type: object
              properties:
                messageId: {type: string}
                timestamp: {type: string, format: date-time}
            data:
              type: object
`,
    expected: [],
  },
]);
