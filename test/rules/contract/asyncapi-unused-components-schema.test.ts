import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-unused-components-schema';

describeContractRule(RULE, [
  { name: '2.x unused schema', files: `${AAS2}channels: {}\ncomponents:\n  schemas:\n    Order: {type: object}\n`, expected: [[RULE, 'unusedSchema', '/components/schemas/Order']] },
  {
    name: '3.x schema used only by itself',
    files: `${AAS3}components:\n  schemas:\n    Category:\n      type: object\n      properties:\n        parent: {$ref: '#/components/schemas/Category'}\n    Order: {type: object}\n`,
    expected: [[RULE, 'unusedSchema', '/components/schemas/Order']],
  },
  { name: '2.x schema used by a message', files: `${AAS2}channels: {}\ncomponents:\n  messages:\n    Order: {payload: {$ref: '#/components/schemas/Order'}}\n  schemas:\n    Order: {type: object}\n`, expected: [] },
  {
    name: '3.x reference into a schema',
    files: `${AAS3}components:\n  messages:\n    Order: {payload: {$ref: '#/components/schemas/Shared/properties/money'}}\n  schemas:\n    Shared: {properties: {money: {type: string}}}\n`,
    expected: [],
  },
  {
    name: '3.x schema used from a binding',
    files: `${AAS3}components:\n  messages:\n    Order:\n      bindings:\n        kafka: {key: {$ref: '#/components/schemas/OrderKey'}}\n  schemas:\n    OrderKey: {type: string}\n`,
    expected: [],
  },
]);
