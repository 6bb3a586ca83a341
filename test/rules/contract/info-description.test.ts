import { describeContractRule, OAS30 } from '../../helpers/contract-cases.js';

const RULE = 'info-description';

describeContractRule(RULE, [
  { name: 'missing', files: `${OAS30}paths: {}\n`, expected: [[RULE, 'missingDescription', '/info/description']] },
  { name: 'blank in 2.0', files: "swagger: '2.0'\ninfo: {title: Orders, version: '1', description: '  '}\npaths: {}\n", expected: [[RULE, 'missingDescription', '/info/description']] },
  { name: 'present in 3.1', files: "openapi: 3.1.0\ninfo: {title: Orders, version: '1', description: Order capture API of the OMS}\npaths: {}\n", expected: [] },
  { name: 'present in 2.0', files: "swagger: '2.0'\ninfo: {title: Orders, version: '1', description: Order capture API}\npaths: {}\n", expected: [] },
]);
