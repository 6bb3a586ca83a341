import { AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-info-license-url';

describeContractRule(RULE, [
  { name: '2.x license without url', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1', license: {name: Partner terms}}\nchannels: {}\n", expected: [[RULE, 'missingUrl', '/info/license']] },
  { name: '3.x without license', files: AAS3, expected: [[RULE, 'missingUrl', '/info']] },
  { name: '2.x license with url', files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1', license: {name: Partner terms, url: 'https://retail.test/terms'}}\nchannels: {}\n", expected: [] },
  { name: '3.x license with url', files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1', license: {name: Partner terms, url: 'https://retail.test/terms'}}\n", expected: [] },
]);
