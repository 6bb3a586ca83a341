import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'operation-tag-defined';
const OK = "responses: {'200': {description: OK}}";

describeContractRule(RULE, [
  {
    name: 'tag not declared in 3.0',
    files: `${OAS30}tags: [{name: orders}]\npaths:\n  /orders:\n    get: {tags: [orders, fulfilment], ${OK}}\n`,
    expected: [[RULE, 'undefinedTag', '/paths/~1orders/get/tags/1']],
  },
  {
    name: 'no top-level tags in 2.0',
    files: `${OAS2}paths:\n  /orders:\n    get: {tags: [orders], ${OK}}\n`,
    expected: [[RULE, 'undefinedTag', '/paths/~1orders/get/tags/0']],
  },
  {
    name: 'declared tags',
    files: `${OAS30}tags: [{name: orders}, {name: fulfilment}]\npaths:\n  /orders:\n    get: {tags: [orders, fulfilment], ${OK}}\n`,
    expected: [],
  },
  {
    name: 'webhook tags are not checked in 3.1',
    files: `${OAS31}webhooks:\n  orderCreated:\n    post: {tags: [events], ${OK}}\n`,
    expected: [],
  },
]);
