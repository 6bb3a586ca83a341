import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import { isRefObject } from '../../contracts/refs.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-tags-uniqueness',
  scope: 'contract',
  meta: {
    description: 'No tag name appears twice in one `tags` list of the document, a server, channel, operation, message or trait.',
    why: 'Catalogues and portals group by tag name; a repeated tag shows the same channel twice or merges two descriptions into one.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    duplicateTag: "tag '{{name}}' appears more than once in this list; remove the repetition",
  },
  check({ contract, report }) {
    for (const list of asyncApiNodes(contract).tagLists) {
      const seen = new Set<string>();
      list.tags.forEach((tag, index) => {
        if (tag.name === undefined) return;
        if (seen.has(tag.name)) {
          const isReference = isRefObject(list.node.value[index]);
          report({ messageId: 'duplicateTag', data: { name: tag.name }, location: isReference ? at(list.node, index) : at(list.node, index, 'name') });
        }
        seen.add(tag.name);
      });
    }
  },
};
