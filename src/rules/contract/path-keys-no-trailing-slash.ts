import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { pathKeys } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'path-keys-no-trailing-slash',
  scope: 'contract',
  meta: {
    description: 'Paths do not end with a slash, apart from the root path /.',
    why: 'Servers and gateways treat /orders and /orders/ differently, so a trailing slash makes clients hit a redirect or a 404.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    trailingSlash: "path '{{path}}' ends with a slash; remove the trailing slash",
  },
  check({ contract, report }) {
    for (const { key, location } of pathKeys(openApiNodes(contract))) {
      if (key.length > 1 && key.endsWith('/')) report({ messageId: 'trailingSlash', data: { path: key }, location });
    }
  },
};
