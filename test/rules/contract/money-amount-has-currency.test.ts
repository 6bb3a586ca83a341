import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'money-amount-has-currency';
const ASYNC2 = "asyncapi: 2.6.0\ninfo: {title: Refunds, version: '1'}\n";
const ASYNC3 = "asyncapi: 3.0.0\ninfo: {title: Refunds, version: '1'}\n";

describeContractRule(RULE, [
  {
    name: '3.0 price without currency',
    files: `${OAS30}paths: {}
components:
  schemas:
    LineItem:
      type: object
      properties:
        sku: {type: string}
        unitPrice: {type: string}
`,
    expected: [[RULE, 'missingCurrency', '/components/schemas/LineItem/properties/unitPrice']],
  },
  {
    name: '3.0 double amount beside currency',
    files: `${OAS30}paths: {}
components:
  schemas:
    Money:
      type: object
      properties:
        amount: {type: number, format: double}
        currency: {type: string}
`,
    expected: [[RULE, 'floatAmount', '/components/schemas/Money/properties/amount']],
  },
  {
    name: '2.0 float total without currency',
    files: `${OAS2}paths: {}
definitions:
  Refund:
    type: object
    properties:
      total_inc_tax: {type: number, format: float}
`,
    expected: [
      [RULE, 'missingCurrency', '/definitions/Refund/properties/total_inc_tax'],
      [RULE, 'floatAmount', '/definitions/Refund/properties/total_inc_tax'],
    ],
  },
  {
    name: '3.1 value of a price object',
    files: `${OAS31}components:
  schemas:
    Price:
      type: object
      properties:
        value: {type: [string, 'null']}
`,
    expected: [[RULE, 'missingCurrency', '/components/schemas/Price/properties/value']],
  },
  {
    name: 'description in minor units',
    files: `${OAS30}paths: {}
components:
  schemas:
    Surcharge:
      type: object
      properties:
        charge: {type: integer, description: The surcharge in minor units.}
`,
    expected: [[RULE, 'missingCurrency', '/components/schemas/Surcharge/properties/charge']],
  },
  {
    name: 'asyncapi 2 payload amount',
    files: `${ASYNC2}channels:
  refund-issued:
    publish:
      message:
        payload:
          type: object
          properties:
            refundId: {type: string}
            amount: {type: string}
`,
    expected: [[RULE, 'missingCurrency', '/channels/refund-issued/publish/message/payload/properties/amount']],
  },
  {
    name: 'asyncapi 3 payload amount',
    files: `${ASYNC3}channels:
  refunds:
    address: refund.issued
    messages:
      refundIssued:
        payload:
          type: object
          properties:
            refundAmount: {type: number}
`,
    expected: [[RULE, 'missingCurrency', '/channels/refunds/messages/refundIssued/payload/properties/refundAmount']],
  },
  {
    name: 'amount beside currency code',
    files: `${OAS30}paths: {}
components:
  schemas:
    Payment:
      type: object
      properties:
        amount: {type: integer, description: Amount in minor units.}
        currency_code: {type: string}
`,
    expected: [],
  },
  {
    name: 'lines under an order with currency',
    files: `${OAS30}paths: {}
components:
  schemas:
    Order:
      type: object
      properties:
        currencyCode: {type: string}
        lines:
          type: array
          items: {$ref: '#/components/schemas/Line'}
    Line:
      type: object
      properties:
        unitPrice: {type: string}
        lineTotal: {type: string}
`,
    expected: [],
  },
  {
    name: 'currency from an allOf branch',
    files: `${OAS30}paths: {}
components:
  schemas:
    Priced:
      type: object
      properties:
        currency: {type: string}
    Offer:
      allOf:
        - $ref: '#/components/schemas/Priced'
        - type: object
          properties:
            price: {type: string}
`,
    expected: [],
  },
  {
    name: 'currency by ISO 4217 pattern',
    files: `${OAS31}components:
  schemas:
    Amount:
      type: object
      properties:
        value: {type: number}
        unit: {type: string, pattern: '^[A-Z]{3}$'}
`,
    expected: [],
  },
  {
    name: 'counts, quantities and percentages',
    files: `${OAS2}paths: {}
definitions:
  Pagination:
    type: object
    properties:
      total: {type: integer, description: Total number of items in the result set.}
  DeliveryQuantity:
    type: object
    properties:
      amount: {type: string}
      unitOfMeasure: {type: string, enum: [Eaches]}
  Discount:
    type: object
    properties:
      amount_percentage: {type: number}
`,
    expected: [],
  },
  {
    name: 'money object as the amount',
    files: `${OAS30}paths: {}
components:
  schemas:
    Money:
      type: object
      properties:
        amount: {type: string}
        currency: {type: string}
    Refund:
      type: object
      properties:
        amount: {$ref: '#/components/schemas/Money'}
`,
    expected: [],
  },
]);
