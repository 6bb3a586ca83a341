import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, serverAddress } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-server-no-trailing-slash',
  scope: 'contract',
  meta: {
    description: 'Server addresses (2.x `url`, 3.x `host`) do not end with a slash.',
    why: 'Clients join the server address with the channel or path; a trailing slash produces double slashes, which some brokers and gateways treat as a different resource.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    trailingSlash: "server {{member}} '{{value}}' ends with a slash; remove it",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const server of nodes.servers) {
      for (const { member, value } of serverAddress(nodes, server)) {
        if (member !== 'pathname' && value.endsWith('/')) report({ messageId: 'trailingSlash', data: { member, value }, location: at(server.node, member) });
      }
    }
  },
};
