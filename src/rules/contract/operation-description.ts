import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { isFilled, memberOrNode, pathOperations } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'operation-description',
  scope: 'contract',
  meta: {
    description: 'Every operation has a non-empty description.',
    why: 'The description tells an integration engineer what the call does to the business object, which the path and method alone do not say.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingDescription: '{{method}} {{path}} has no description; say what the operation does and what it changes',
  },
  check({ contract, report }) {
    for (const operation of pathOperations(openApiNodes(contract))) {
      if (isFilled(operation.node.value.description)) continue;
      report({
        messageId: 'missingDescription',
        data: { method: operation.method.toUpperCase(), path: operation.path },
        location: memberOrNode(operation.node, 'description'),
      });
    }
  },
};
