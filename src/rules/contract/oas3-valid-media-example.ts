import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { EXAMPLE_MESSAGES, oas3MediaChecks, reportInvalidExamples } from './helpers/examples.js';

export const rule: ContractRule = {
  id: 'oas3-valid-media-example',
  scope: 'contract',
  meta: {
    description: 'Every example of a media type, parameter or header is valid against its schema.',
    why: 'Request and response examples end up in portals, mocks and generated tests; one that breaks the schema makes an integrator build against a payload the API rejects.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: EXAMPLE_MESSAGES,
  check({ contract, report }) {
    reportInvalidExamples(contract, oas3MediaChecks(openApiNodes(contract)), report);
  },
};
