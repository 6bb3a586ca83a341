import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'openapi-tags-alphabetical',
  scope: 'contract',
  meta: {
    description: 'The top-level tags are sorted by name.',
    why: 'Portals list groups in the order of the tags, and a sorted list lets readers find a group and reviewers spot a duplicate.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    unsorted: "tag '{{name}}' comes after '{{previous}}' but sorts before it; sort the top-level tags by name",
  },
  check({ contract, report }) {
    const { tags } = openApiNodes(contract);
    for (let i = 1; i < tags.length; i++) {
      const previous = tags[i - 1].name;
      const name = tags[i].name;
      if (previous === undefined || name === undefined || previous.localeCompare(name, 'en') <= 0) continue;
      // Like a sort check, report the first pair out of order only.
      report({ messageId: 'unsorted', data: { name, previous }, location: locationOf(tags[i].node, 'name') });
      return;
    }
  },
};
