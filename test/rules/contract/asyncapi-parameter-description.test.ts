import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-parameter-description';

describeContractRule(RULE, [
  { name: '2.x parameter without description', files: `${AAS2}channels:\n  stores/{storeId}:\n    parameters:\n      storeId: {schema: {type: string}}\n`, expected: [[RULE, 'missingDescription', '/channels/stores~1{storeId}/parameters/storeId']] },
  { name: '3.x component parameter without description', files: `${AAS3}components:\n  parameters:\n    storeId: {enum: ['1', '2']}\n`, expected: [[RULE, 'missingDescription', '/components/parameters/storeId']] },
  { name: '2.x described parameter', files: `${AAS2}channels:\n  stores/{storeId}:\n    parameters:\n      storeId: {description: Store number, schema: {type: string}}\n`, expected: [] },
  { name: '3.x described parameter through $ref', files: `${AAS3}channels:\n  stores:\n    address: 'stores.{storeId}'\n    parameters:\n      storeId: {$ref: '#/components/parameters/storeId'}\ncomponents:\n  parameters:\n    storeId: {description: Store number}\n`, expected: [] },
]);
