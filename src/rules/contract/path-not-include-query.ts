import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { pathKeys } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'path-not-include-query',
  scope: 'contract',
  meta: {
    description: 'Paths contain no query string.',
    why: 'A query written into the path is invisible to generators and validators; declared query parameters are typed, documented and checked.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    queryInPath: "path '{{path}}' contains a query string; declare the query parameters with in: query instead",
  },
  check({ contract, report }) {
    for (const { key, location } of pathKeys(openApiNodes(contract))) {
      if (key.includes('?')) report({ messageId: 'queryInPath', data: { path: key }, location });
    }
  },
};
