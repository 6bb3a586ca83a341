import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { pathKeys } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'path-declarations-must-exist',
  scope: 'contract',
  meta: {
    description: 'Path templates name every parameter: no empty {} in a path.',
    why: 'An empty template expression cannot be bound to a parameter, so clients cannot build the URL and servers cannot route it.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    emptyTemplate: "path '{{path}}' contains an empty {}; name the path parameter, for example {orderId}",
  },
  check({ contract, report }) {
    for (const { key, location } of pathKeys(openApiNodes(contract))) {
      if (key.includes('{}')) report({ messageId: 'emptyTemplate', data: { path: key }, location });
    }
  },
};
