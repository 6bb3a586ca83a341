import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { EXAMPLE_MESSAGES, oas2ResponseChecks, reportInvalidExamples } from './helpers/examples.js';

export const rule: ContractRule = {
  id: 'oas2-valid-media-example',
  scope: 'contract',
  meta: {
    description: 'Every response example, keyed by media type, is valid against the response schema.',
    why: 'Response examples end up in portals, mocks and generated tests; one that breaks the schema makes an integrator parse a payload the API never sends.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas2'],
  },
  messages: EXAMPLE_MESSAGES,
  check({ contract, report }) {
    reportInvalidExamples(contract, oas2ResponseChecks(openApiNodes(contract)), report);
  },
};
