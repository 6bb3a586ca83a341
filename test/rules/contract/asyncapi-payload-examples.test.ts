import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-payload-examples';

describeContractRule(RULE, [
  {
    name: '2.x example breaks minimum',
    files: `${AAS2}components:\n  messages:\n    Order:\n      payload: {type: integer, minimum: 1, examples: [2, 0]}\n`,
    expected: [[RULE, 'invalidExample', '/components/messages/Order/payload/examples/1']],
  },
  {
    name: '3.x string example of a number',
    files: `${AAS3}channels:\n  orders:\n    messages:\n      order:\n        payload:\n          type: object\n          properties:\n            total: {type: number, examples: ['12.50']}\n`,
    expected: [[RULE, 'invalidExample', '/channels/orders/messages/order/payload/properties/total/examples/0']],
  },
  { name: '2.x valid examples', files: `${AAS2}components:\n  messages:\n    Order:\n      payload: {type: integer, minimum: 1, examples: [1, 2]}\n`, expected: [] },
  {
    name: '3.x JSON Schema draft-07 payload',
    files: `${AAS3}components:\n  messages:\n    Order:\n      payload:\n        schemaFormat: application/schema+json;version=draft-07\n        schema: {type: string, examples: [SO-1]}\n`,
    expected: [],
  },
]);
