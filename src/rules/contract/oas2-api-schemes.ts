import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas2-api-schemes',
  scope: 'contract',
  meta: {
    description: 'An OpenAPI 2.0 document lists its transfer schemes.',
    why: 'Without schemes, clients assume the scheme of the documentation URL and may call the API over plain HTTP.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2'],
  },
  messages: {
    missingSchemes: 'the document lists no schemes; add schemes: [https]',
  },
  check({ contract, report }) {
    const { root } = openApiNodes(contract);
    const schemes = root.value.schemes;
    if (Array.isArray(schemes) && schemes.length > 0 && schemes.every((scheme) => typeof scheme === 'string')) return;
    report({ messageId: 'missingSchemes', location: locationOf(root, 'schemes') });
  },
};
