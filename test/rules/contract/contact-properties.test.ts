import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'contact-properties';
const info = (contact: string, version = 'openapi: 3.0.3'): string => `${version}\ninfo:\n  title: Orders\n  version: '1'\n  contact: ${contact}\npaths: {}\n`;

describeContractRule(RULE, [
  {
    name: 'contact with a name only',
    files: info('{name: Order team}'),
    expected: [
      [RULE, 'missingProperty', '/info/contact/url'],
      [RULE, 'missingProperty', '/info/contact/email'],
    ],
  },
  {
    name: 'empty email in 2.0',
    files: info("{name: Order team, url: 'https://wiki.retail.test/orders', email: ''}", "swagger: '2.0'"),
    expected: [[RULE, 'missingProperty', '/info/contact/email']],
  },
  {
    name: 'complete contact',
    files: info("{name: Order team, url: 'https://wiki.retail.test/orders', email: orders@retail.test}"),
    expected: [],
  },
  {
    name: 'no contact at all is left to info-contact',
    files: "openapi: 3.1.0\ninfo: {title: Orders, version: '1'}\npaths: {}\n",
    expected: [],
  },
]);
