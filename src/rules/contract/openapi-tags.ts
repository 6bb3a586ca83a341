import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'openapi-tags',
  scope: 'contract',
  meta: {
    description: 'The document declares a non-empty list of top-level tags.',
    why: 'Declared tags carry the descriptions and order of the operation groups that documentation portals show.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingTags: 'the document declares no top-level tags; list the tags that group the operations, each with a description',
  },
  check({ contract, report }) {
    const { root } = openApiNodes(contract);
    const tags = root.value.tags;
    if (Array.isArray(tags) && tags.length > 0) return;
    report({ messageId: 'missingTags', location: locationOf(root, 'tags') });
  },
};
