import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';
import { ignoresRefSiblings, schemaLikeNodes } from './helpers/schema-like.js';

export const rule: ContractRule = {
  id: 'array-items',
  scope: 'contract',
  meta: {
    description: 'Every schema of type array has `items`, as OpenAPI 2.0 and 3.0 require.',
    why: 'Without items, code generators type the array as a list of anything, so integrators parse each element by guesswork and changes to it go unnoticed.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas2', 'oas3_0'],
  },
  messages: {
    missingItems: 'schema of type array has no items; add items to describe the array elements',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    for (const node of schemaLikeNodes(nodes)) {
      const { type } = node.value;
      const isArray = type === 'array' || (Array.isArray(type) && type.includes('array'));
      if (!isArray || 'items' in node.value || ignoresRefSiblings(nodes, node)) continue;
      report({ messageId: 'missingItems', location: locationOf(node) });
    }
  },
};
