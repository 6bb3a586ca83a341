import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-channel-parameters';

describeContractRule(RULE, [
  {
    name: 'undescribed 2.x parameter',
    files: `${AAS2}channels:\n  stores/{storeId}/orders/{orderId}:\n    parameters:\n      storeId: {schema: {type: string}}\n`,
    expected: [[RULE, 'missingParameters', '/channels/stores~1{storeId}~1orders~1{orderId}/parameters']],
  },
  {
    name: '3.x address without parameters',
    files: `${AAS3}channels:\n  storeOrders: {address: 'stores.{storeId}.orders'}\n`,
    expected: [[RULE, 'missingParameters', '/channels/storeOrders/address']],
  },
  {
    name: 'unused 3.x parameter',
    files: `${AAS3}channels:\n  storeOrders:\n    address: stores.orders\n    parameters:\n      storeId: {description: Store}\n`,
    expected: [[RULE, 'unusedParameter', '/channels/storeOrders/parameters/storeId']],
  },
  {
    name: 'described 2.x parameter through $ref',
    files: `${AAS2}channels:\n  stores/{storeId}:\n    parameters:\n      storeId: {$ref: '#/components/parameters/storeId'}\ncomponents:\n  parameters:\n    storeId: {schema: {type: string}}\n`,
    expected: [],
  },
  { name: 'described 3.x parameter', files: `${AAS3}channels:\n  storeOrders:\n    address: 'stores.{storeId}.orders'\n    parameters:\n      storeId: {description: Store}\n`, expected: [] },
  { name: '3.x channel without address', files: `${AAS3}channels:\n  replies: {}\n`, expected: [] },
]);
