import { describeContractRule, OAS2 } from '../../helpers/contract-cases.js';

const RULE = 'oas2-operation-formData-consume-check';
const OK = "responses: {'200': {description: OK}}";
const FORM = '[{name: file, in: formData, type: file}]';

describeContractRule(RULE, [
  {
    name: 'operation consumes JSON',
    files: `${OAS2}paths:\n  /imports:\n    post:\n      consumes: [application/json]\n      parameters: ${FORM}\n      ${OK}\n`,
    expected: [[RULE, 'noFormMediaType', '/paths/~1imports/post/consumes']],
  },
  {
    name: 'document consumes JSON and path-level form parameter',
    files: `${OAS2}consumes: [application/json]\npaths:\n  /imports:\n    parameters: ${FORM}\n    post: {${OK}}\n`,
    expected: [[RULE, 'noFormMediaType', '/paths/~1imports/post']],
  },
  {
    name: 'multipart operation',
    files: `${OAS2}consumes: [application/json]\npaths:\n  /imports:\n    post:\n      consumes: [multipart/form-data]\n      parameters: ${FORM}\n      ${OK}\n`,
    expected: [],
  },
  {
    name: 'urlencoded document',
    files: `${OAS2}consumes: [application/x-www-form-urlencoded]\npaths:\n  /imports:\n    post:\n      parameters: ${FORM}\n      ${OK}\n`,
    expected: [],
  },
]);
