import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf, pathOperations } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'operation-singular-tag',
  scope: 'contract',
  meta: {
    description: 'Every operation has at most one tag.',
    why: 'Generators put one client class per tag, so an operation with two tags is generated twice and documented in two places.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    multipleTags: '{{method}} {{path}} has {{count}} tags; keep the one tag of the group it belongs to',
  },
  check({ contract, report }) {
    for (const operation of pathOperations(openApiNodes(contract))) {
      const tags = operation.node.value.tags;
      if (!Array.isArray(tags) || tags.length <= 1) continue;
      report({
        messageId: 'multipleTags',
        data: { method: operation.method.toUpperCase(), path: operation.path, count: tags.length },
        location: locationOf(operation.node, 'tags'),
      });
    }
  },
};
