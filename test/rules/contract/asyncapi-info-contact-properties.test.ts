import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-info-contact-properties';

describeContractRule(RULE, [
  {
    name: '2.x contact with a name only',
    files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1', contact: {name: Order team}}\nchannels: {}\n",
    expected: [[RULE, 'missingProperty', '/info/contact'], [RULE, 'missingProperty', '/info/contact']],
  },
  {
    name: '3.x contact with a blank email',
    files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1', contact: {name: Order team, url: 'https://retail.test', email: ' '}}\n",
    expected: [[RULE, 'missingProperty', '/info/contact']],
  },
  { name: '3.x without contact', files: "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1'}\n", expected: [] },
  {
    name: '2.x complete contact',
    files: "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1', contact: {name: Order team, url: 'https://retail.test', email: orders@retail.test}}\nchannels: {}\n",
    expected: [],
  },
]);
