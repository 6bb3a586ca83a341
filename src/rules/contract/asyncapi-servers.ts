import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-servers',
  scope: 'contract',
  meta: {
    description: 'The document defines at least one server under `servers`.',
    why: 'Without a server, nobody can tell from the contract which broker, cluster or environment carries the events, and generated clients have nothing to connect to.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingServers: "the document defines no server; add 'servers' with the broker that carries these channels",
  },
  check({ contract, report }) {
    const { root } = asyncApiNodes(contract);
    const servers = root.value.servers;
    if (isPlainObject(servers) && Object.keys(servers).length > 0) return;
    report({ messageId: 'missingServers', location: servers === undefined ? at(root) : at(root, 'servers') });
  },
};
