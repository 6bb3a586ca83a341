import { openApiNodes, type ObjectNode } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { isFilled, memberOrNode } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'tag-description',
  scope: 'contract',
  meta: {
    description: 'Every top-level tag has a description.',
    why: 'The tag description introduces a group of operations in the documentation; without it readers see only a bare name.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingDescription: "tag '{{name}}' has no description; say which business object or process its operations cover",
  },
  check({ contract, report }) {
    for (const tag of openApiNodes(contract).tags) {
      if (isFilled((tag.node.value as Record<string, unknown>).description)) continue;
      report({ messageId: 'missingDescription', data: { name: tag.name ?? '' }, location: memberOrNode(tag.node as ObjectNode, 'description') });
    }
  },
};
