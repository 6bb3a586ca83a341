import { describeContractRule, OAS2, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'path-not-include-query';

describeContractRule(RULE, [
  { name: 'query in 3.0', files: `${OAS30}paths:\n  /orders?status=open: {}\n`, expected: [[RULE, 'queryInPath', '/paths/~1orders?status=open']] },
  { name: 'query in 2.0', files: `${OAS2}paths:\n  /orders?: {}\n`, expected: [[RULE, 'queryInPath', '/paths/~1orders?']] },
  { name: 'plain path', files: `${OAS30}paths:\n  /orders: {}\n`, expected: [] },
  { name: 'extension key', files: `${OAS2}paths:\n  x-note?: {}\n`, expected: [] },
]);
