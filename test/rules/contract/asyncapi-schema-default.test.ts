import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-schema-default';

describeContractRule(RULE, [
  {
    name: '2.x parameter schema default',
    files: `${AAS2}channels:\n  stores/{storeId}:\n    parameters:\n      storeId: {schema: {type: integer, default: main}}\n`,
    expected: [[RULE, 'invalidDefault', '/channels/stores~1{storeId}/parameters/storeId/schema/default']],
  },
  {
    name: '3.x parameter default outside enum',
    files: `${AAS3}channels:\n  stores:\n    address: 'stores.{region}'\n    parameters:\n      region: {enum: [north, south], default: east}\n`,
    expected: [[RULE, 'notInEnum', '/channels/stores/parameters/region/default']],
  },
  {
    name: '3.x headers default',
    files: `${AAS3}components:\n  messages:\n    Order:\n      headers: {type: object, properties: {version: {type: string, default: 1}}}\n`,
    expected: [[RULE, 'invalidDefault', '/components/messages/Order/headers/properties/version/default']],
  },
  {
    name: 'payload defaults are left to asyncapi-payload-default',
    files: `${AAS2}components:\n  messages:\n    Order:\n      payload: {$ref: '#/components/schemas/Order'}\n  schemas:\n    Order: {type: string, default: 1}\n`,
    expected: [],
  },
  { name: '3.x parameter default in enum', files: `${AAS3}components:\n  parameters:\n    region: {enum: [north, south], default: north}\n`, expected: [] },
]);
