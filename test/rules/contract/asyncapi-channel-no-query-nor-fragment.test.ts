import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-channel-no-query-nor-fragment';

describeContractRule(RULE, [
  { name: 'query in 2.x key', files: `${AAS2}channels:\n  stock?warehouse=north: {}\n`, expected: [[RULE, 'queryOrFragment', '/channels/stock?warehouse=north']] },
  { name: 'fragment in 3.x address', files: `${AAS3}channels:\n  stock: {address: 'stock/#'}\n`, expected: [[RULE, 'queryOrFragment', '/channels/stock/address']] },
  { name: 'plain 2.x key', files: `${AAS2}channels:\n  stock/north: {}\n`, expected: [] },
  { name: 'plain 3.x address', files: `${AAS3}channels:\n  stock: {address: stock/north}\n`, expected: [] },
]);
