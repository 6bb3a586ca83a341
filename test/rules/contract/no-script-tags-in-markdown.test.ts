import { describeContractRule, OAS2, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'no-script-tags-in-markdown';

describeContractRule(RULE, [
  {
    name: 'script tag in info description',
    files: "openapi: 3.0.3\ninfo: {title: Orders, version: '1', description: 'Orders <script>alert(1)</script>'}\npaths: {}\n",
    expected: [[RULE, 'scriptTag', '/info/description']],
  },
  {
    name: 'upper-case tag in a tag description in 2.0',
    files: `${OAS2}tags:\n  - {name: orders, description: '<SCRIPT src="https://cdn.test/x.js"></SCRIPT>'}\npaths: {}\n`,
    expected: [[RULE, 'scriptTag', '/tags/0/description']],
  },
  {
    name: 'other HTML',
    files: `${OAS31}paths: {}\ncomponents:\n  schemas:\n    Order: {type: object, description: 'An <b>order</b> of the web shop'}\n`,
    expected: [],
  },
  {
    name: 'extension values are not checked',
    files: `${OAS31}paths: {}\nx-portal: {description: '<script>alert(1)</script>'}\n`,
    expected: [],
  },
]);
