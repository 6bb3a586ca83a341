import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf, pathOperations } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'operation-tags',
  scope: 'contract',
  meta: {
    description: 'Every operation has a non-empty tags list.',
    why: 'Portals and generators group operations by tag; an untagged operation ends up in a catch-all group that nobody owns.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingTags: '{{method}} {{path}} has no tags; tag it with the group it belongs to',
  },
  check({ contract, report }) {
    for (const operation of pathOperations(openApiNodes(contract))) {
      const tags = operation.node.value.tags;
      if (Array.isArray(tags) && tags.length > 0) continue;
      report({
        messageId: 'missingTags',
        data: { method: operation.method.toUpperCase(), path: operation.path },
        location: locationOf(operation.node, ...(tags === undefined ? [] : ['tags'])),
      });
    }
  },
};
