import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, serverAddress } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-server-no-empty-variable',
  scope: 'contract',
  meta: {
    description: 'Server addresses (2.x `url`, 3.x `host` and `pathname`) have no empty variable expression `{}`.',
    why: 'An empty `{}` names no variable, so no tool can fill it in and every generated client connects to an address with literal braces in it.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    emptyVariable: "server {{member}} '{{value}}' contains an empty variable '{}'; name the variable, for example '{environment}'",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const server of nodes.servers) {
      for (const { member, value } of serverAddress(nodes, server)) {
        if (value.includes('{}')) report({ messageId: 'emptyVariable', data: { member, value }, location: at(server.node, member) });
      }
    }
  },
};
