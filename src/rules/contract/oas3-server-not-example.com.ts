import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas3-server-not-example.com',
  scope: 'contract',
  meta: {
    description: 'No server URL points at example.com.',
    why: 'A placeholder server left in a published contract sends generated clients and API consoles to a domain that is not the API.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    exampleServer: "server URL '{{url}}' points at example.com; use the real URL of the API",
  },
  check({ contract, report }) {
    for (const { node } of openApiNodes(contract).servers) {
      const url = node.value.url;
      if (typeof url === 'string' && url.includes('example.com')) report({ messageId: 'exampleServer', data: { url }, location: locationOf(node, 'url') });
    }
  },
};
