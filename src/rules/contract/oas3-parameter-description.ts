import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { isFilled, memberOrNode } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas3-parameter-description',
  scope: 'contract',
  meta: {
    description: 'Every parameter has a description.',
    why: 'The name and type of a parameter rarely say its unit, format or effect; callers guess, and guesses about filters and ids cause wrong results.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    missingDescription: "{{in}} parameter '{{name}}' has no description; say what it means and which values it takes",
  },
  check({ contract, report }) {
    for (const { node } of openApiNodes(contract).parameters) {
      if (node.value.in === undefined || isFilled(node.value.description)) continue;
      report({
        messageId: 'missingDescription',
        data: { in: String(node.value.in), name: String(node.value.name) },
        location: memberOrNode(node, 'description'),
      });
    }
  },
};
