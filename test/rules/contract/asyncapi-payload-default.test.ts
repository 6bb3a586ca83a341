import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-payload-default';

describeContractRule(RULE, [
  {
    name: '2.x nested default outside the enum',
    files: `${AAS2}channels:\n  orders:\n    subscribe:\n      message:\n        payload:\n          type: object\n          properties:\n            currency: {type: string, enum: [EUR, GBP], default: USD}\n`,
    expected: [[RULE, 'invalidDefault', '/channels/orders/subscribe/message/payload/properties/currency/default']],
  },
  {
    name: '3.x default in a referenced schema',
    files: `${AAS3}components:\n  messages:\n    Order:\n      payload: {$ref: '#/components/schemas/Order'}\n  schemas:\n    Order: {type: object, properties: {quantity: {$ref: '#/components/schemas/Quantity'}}}\n    Quantity: {type: integer, minimum: 1, default: 0}\n`,
    expected: [[RULE, 'invalidDefault', '/components/schemas/Quantity/default']],
  },
  {
    name: 'headers defaults are left to asyncapi-schema-default',
    files: `${AAS3}components:\n  messages:\n    Order:\n      headers: {type: object, properties: {version: {type: string, default: 1}}}\n`,
    expected: [],
  },
  { name: '2.x valid default', files: `${AAS2}components:\n  messages:\n    Order:\n      payload: {type: string, default: EUR}\n`, expected: [] },
  {
    name: '3.x Avro payload is skipped',
    files: `${AAS3}components:\n  messages:\n    Order:\n      payload:\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        schema: {type: record, name: Order, fields: [{name: id, type: string, default: 1}]}\n`,
    expected: [],
  },
]);
