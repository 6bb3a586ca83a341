import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'path-keys-no-trailing-slash';

describeContractRule(RULE, [
  { name: 'trailing slash in 3.0', files: `${OAS30}paths:\n  /orders/: {}\n`, expected: [[RULE, 'trailingSlash', '/paths/~1orders~1']] },
  { name: 'trailing slash in 2.0', files: `${OAS2}paths:\n  /orders/{orderId}/: {}\n`, expected: [[RULE, 'trailingSlash', '/paths/~1orders~1{orderId}~1']] },
  { name: 'root path', files: `${OAS30}paths:\n  /: {}\n`, expected: [] },
  { name: 'no trailing slash', files: `${OAS2}paths:\n  /orders: {}\n`, expected: [] },
]);
