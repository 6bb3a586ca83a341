import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { EXAMPLE_MESSAGES, oas2ParameterChecks, reportInvalidExamples, schemaExampleChecks } from './helpers/examples.js';

export const rule: ContractRule = {
  id: 'oas2-valid-schema-example',
  scope: 'contract',
  meta: {
    description: 'Every example, x-example and default of a schema, parameter or header is valid against it.',
    why: 'Generated documentation, mock servers and contract tests show the examples as real payloads, so an invalid one teaches integrators a payload the API rejects.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas2'],
  },
  messages: EXAMPLE_MESSAGES,
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    reportInvalidExamples(contract, [...schemaExampleChecks(nodes), ...oas2ParameterChecks(nodes)], report);
  },
};
