import { describeContractRule, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'oas3-examples-value-or-externalValue';

/** Returns a document with one request body whose Example object `ana` has the given members. */
function withExample(header: string, members: string): string {
  return `${header}paths:\n  /customers:\n    post:\n      requestBody:\n        content:\n          application/json:\n            examples:\n              ana: {${members}}\n      responses: {'201': {description: Created}}\n`;
}

describeContractRule(RULE, [
  { name: '3.0 both members', files: withExample(OAS30, "value: {name: Ana}, externalValue: 'https://example.com/ana.json'"), expected: [[RULE, 'both', '/paths/~1customers/post/requestBody/content/application~1json/examples/ana']] },
  { name: '3.1 neither member', files: withExample(OAS31, 'summary: Ana'), expected: [[RULE, 'neither', '/paths/~1customers/post/requestBody/content/application~1json/examples/ana']] },
  {
    name: '3.0 component example checked once',
    files: `${OAS30}paths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, schema: {type: string}, examples: {one: {$ref: '#/components/examples/Q'}}}\n        - {name: r, in: query, schema: {type: string}, examples: {one: {$ref: '#/components/examples/Q'}}}\n      responses: {'200': {description: OK}}\ncomponents:\n  examples:\n    Q: {summary: no value}\n`,
    expected: [[RULE, 'neither', '/components/examples/Q']],
  },
  { name: '3.0 value only', files: withExample(OAS30, 'value: {name: Ana}'), expected: [] },
  { name: '3.1 externalValue only', files: withExample(OAS31, "externalValue: 'https://example.com/ana.json'"), expected: [] },
]);
