import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-channel-no-empty-parameter';

describeContractRule(RULE, [
  { name: 'empty parameter in 2.x key', files: `${AAS2}channels:\n  stores/{}/orders: {}\n`, expected: [[RULE, 'emptyParameter', '/channels/stores~1{}~1orders']] },
  { name: 'empty parameter in 3.x address', files: `${AAS3}channels:\n  storeOrders: {address: 'stores.{}.orders'}\n`, expected: [[RULE, 'emptyParameter', '/channels/storeOrders/address']] },
  { name: '3.x component channel', files: `${AAS3}components:\n  channels:\n    storeOrders: {address: 'stores/{}'}\n`, expected: [[RULE, 'emptyParameter', '/components/channels/storeOrders/address']] },
  { name: 'named parameter in 2.x', files: `${AAS2}channels:\n  stores/{storeId}/orders: {}\n`, expected: [] },
  { name: 'named parameter in 3.x', files: `${AAS3}channels:\n  storeOrders: {address: 'stores.{storeId}.orders'}\n`, expected: [] },
  { name: '3.x channel without address', files: `${AAS3}channels:\n  storeOrders: {}\n`, expected: [] },
]);
