import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, serverAddress } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-server-not-example-com',
  scope: 'contract',
  meta: {
    description: 'Server addresses (2.x `url`, 3.x `host`) do not point at example.com.',
    why: 'A placeholder broker address copied from a template reaches generated clients and deployment configuration, which then connect nowhere.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    exampleCom: "server {{member}} '{{value}}' points at example.com; use the real broker address",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const server of nodes.servers) {
      for (const { member, value } of serverAddress(nodes, server)) {
        if (member !== 'pathname' && /example\.com/.test(value)) report({ messageId: 'exampleCom', data: { member, value }, location: at(server.node, member) });
      }
    }
  },
};
