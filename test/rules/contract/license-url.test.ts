import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'license-url';
const doc = (version: string, license: string): string => `${version}\ninfo:\n  title: Orders\n  version: '1'\n  license: ${license}\npaths: {}\n`;

describeContractRule(RULE, [
  { name: 'name only in 3.0', files: doc('openapi: 3.0.3', '{name: Apache 2.0}'), expected: [[RULE, 'missingUrl', '/info/license/url']] },
  { name: 'identifier does not count in 2.0', files: doc("swagger: '2.0'", '{name: MIT, identifier: MIT}'), expected: [[RULE, 'missingUrl', '/info/license/url']] },
  { name: 'with url', files: doc('openapi: 3.0.3', "{name: Apache 2.0, url: 'https://www.apache.org/licenses/LICENSE-2.0'}"), expected: [] },
  { name: 'SPDX identifier in 3.1', files: doc('openapi: 3.1.0', '{name: Apache 2.0, identifier: Apache-2.0}'), expected: [] },
  { name: 'no license is left to info-license', files: "openapi: 3.0.3\ninfo: {title: Orders, version: '1'}\npaths: {}\n", expected: [] },
]);
