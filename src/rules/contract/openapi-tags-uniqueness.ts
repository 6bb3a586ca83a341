import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'openapi-tags-uniqueness',
  scope: 'contract',
  meta: {
    description: 'Each top-level tag has a name of its own.',
    why: 'Tools key tag descriptions by name, so a second tag with the same name silently replaces or hides the first one.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    duplicateTag: "tag '{{name}}' is declared more than once in the top-level tags; merge the declarations",
  },
  check({ contract, report }) {
    const seen = new Set<string>();
    for (const tag of openApiNodes(contract).tags) {
      if (tag.name === undefined) continue;
      if (seen.has(tag.name)) report({ messageId: 'duplicateTag', data: { name: tag.name }, location: locationOf(tag.node, 'name') });
      seen.add(tag.name);
    }
  },
};
