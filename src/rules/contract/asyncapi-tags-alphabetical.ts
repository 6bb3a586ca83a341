import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-tags-alphabetical',
  scope: 'contract',
  meta: {
    description: 'The tags of the document (2.x `tags`, 3.x `info.tags`) are sorted by name.',
    why: 'A sorted tag list is easy to scan and keeps diffs small when teams add tags in parallel.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    notSorted: "tag '{{name}}' is listed after '{{previous}}'; sort the tags by name",
  },
  check({ contract, report }) {
    for (const list of asyncApiNodes(contract).tagLists) {
      if (list.owner !== 'document') continue;
      for (let i = 1; i < list.tags.length; i++) {
        const previous = list.tags[i - 1].name;
        const name = list.tags[i].name;
        if (previous === undefined || name === undefined || previous.localeCompare(name) <= 0) continue;
        report({ messageId: 'notSorted', data: { name, previous }, location: at(list.node, i) });
        break;
      }
    }
  },
};
