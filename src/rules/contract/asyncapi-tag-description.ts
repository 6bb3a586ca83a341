import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, isFilled } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-tag-description',
  scope: 'contract',
  meta: {
    description: 'Every tag of the document (2.x `tags`, 3.x `info.tags`) has a non-empty `description`.',
    why: 'Tags group channels and operations in catalogues and portals; a tag without a description leaves readers guessing what belongs under it.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingDescription: "tag '{{name}}' has no description; say what the tag groups",
  },
  check({ contract, report }) {
    for (const list of asyncApiNodes(contract).tagLists) {
      if (list.owner !== 'document') continue;
      for (const tag of list.tags) {
        if (!isPlainObject(tag.node.value) || isFilled(tag.node.value.description)) continue;
        report({ messageId: 'missingDescription', data: { name: tag.name ?? '' }, location: at(tag.node) });
      }
    }
  },
};
