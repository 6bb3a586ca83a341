import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'path-declarations-must-exist';

describeContractRule(RULE, [
  { name: 'empty template in 3.0', files: `${OAS30}paths:\n  /orders/{}: {}\n`, expected: [[RULE, 'emptyTemplate', '/paths/~1orders~1{}']] },
  { name: 'empty template in 2.0', files: `${OAS2}paths:\n  /stores/{}/orders: {}\n`, expected: [[RULE, 'emptyTemplate', '/paths/~1stores~1{}~1orders']] },
  { name: 'named template', files: `${OAS30}paths:\n  /orders/{orderId}: {}\n`, expected: [] },
  { name: 'no template', files: `${OAS2}paths:\n  /orders: {}\n`, expected: [] },
]);
