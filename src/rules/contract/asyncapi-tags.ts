import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-tags',
  scope: 'contract',
  meta: {
    description: 'The document has a non-empty list of tags: `tags` in 2.x, `info.tags` in 3.x.',
    why: 'Tags are how an event catalogue groups contracts by business domain; an untagged contract does not show up where the teams that need it look.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingTags: "the document has no tags; add {{member}} with the business domains it belongs to",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    const isV2 = nodes.dialect === 'asyncapi2';
    const owner = isV2 ? nodes.root : nodes.info;
    const tags = owner?.value.tags;
    if (Array.isArray(tags) && tags.length > 0) return;
    report({ messageId: 'missingTags', data: { member: isV2 ? 'tags' : 'info.tags' }, location: at(owner ?? nodes.root) });
  },
};
