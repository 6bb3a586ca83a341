import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { EXAMPLE_MESSAGES, reportInvalidExamples, schemaExampleChecks } from './helpers/examples.js';

export const rule: ContractRule = {
  id: 'oas3-valid-schema-example',
  scope: 'contract',
  meta: {
    description: 'Every example and default written in a schema is valid against that schema.',
    why: 'Generated documentation, mock servers and contract tests show the examples as real payloads, so an invalid one teaches integrators a payload the API rejects.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: EXAMPLE_MESSAGES,
  check({ contract, report }) {
    reportInvalidExamples(contract, schemaExampleChecks(openApiNodes(contract)), report);
  },
};
