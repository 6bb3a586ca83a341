import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-channel-no-trailing-slash';

describeContractRule(RULE, [
  { name: 'trailing slash in 2.x key', files: `${AAS2}channels:\n  orders/shipped/: {}\n`, expected: [[RULE, 'trailingSlash', '/channels/orders~1shipped~1']] },
  { name: 'trailing slash in 3.x address', files: `${AAS3}channels:\n  shipped: {address: orders/shipped/}\n`, expected: [[RULE, 'trailingSlash', '/channels/shipped/address']] },
  { name: 'lone slash in 2.x', files: `${AAS2}channels:\n  /: {}\n`, expected: [] },
  { name: 'no slash in 3.x', files: `${AAS3}channels:\n  shipped: {address: orders/shipped}\n`, expected: [] },
]);
