import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas3-server-trailing-slash',
  scope: 'contract',
  meta: {
    description: 'Server URLs do not end with a slash, apart from the URL /.',
    why: 'Paths start with a slash, so a server URL ending in one yields URLs with a double slash that some gateways reject or route elsewhere.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    trailingSlash: "server URL '{{url}}' ends with a slash; remove the trailing slash",
  },
  check({ contract, report }) {
    for (const { node } of openApiNodes(contract).servers) {
      const url = node.value.url;
      if (typeof url === 'string' && url.length > 1 && url.endsWith('/')) {
        report({ messageId: 'trailingSlash', data: { url }, location: locationOf(node, 'url') });
      }
    }
  },
};
