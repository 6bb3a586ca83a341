import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-callbacks-in-callbacks';
const OK = "responses: {'200': {description: OK}}";
const NESTED = `callbacks:\n        shipped:\n          '{$request.body#/url}':\n            post:\n              ${OK}\n              callbacks:\n                confirmed:\n                  '{$request.body#/confirmUrl}':\n                    post: {${OK}}\n`;

describeContractRule(RULE, [
  {
    name: 'nested callback in 3.0',
    files: `${OAS30}paths:\n  /orders:\n    post:\n      ${OK}\n      ${NESTED}`,
    expected: [[RULE, 'nestedCallbacks', '/paths/~1orders/post/callbacks/shipped/{$request.body#~1url}/post/callbacks']],
  },
  {
    name: 'nested callback in a component in 3.1',
    files: `${OAS31}paths:\n  /orders:\n    post:\n      ${OK}\n      callbacks: {shipped: {$ref: '#/components/callbacks/Shipped'}}\ncomponents:\n  callbacks:\n    Shipped:\n      '{$request.body#/url}':\n        post:\n          ${OK}\n          callbacks: {again: {$ref: '#/components/callbacks/Shipped'}}\n`,
    expected: [[RULE, 'nestedCallbacks', '/components/callbacks/Shipped/{$request.body#~1url}/post/callbacks']],
  },
  {
    name: 'single level callback',
    files: `${OAS30}paths:\n  /orders:\n    post:\n      ${OK}\n      callbacks:\n        shipped:\n          '{$request.body#/url}':\n            post: {${OK}}\n`,
    expected: [],
  },
  { name: 'no callbacks', files: `${OAS31}paths:\n  /orders:\n    post: {${OK}}\n`, expected: [] },
]);
