import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas3-api-servers',
  scope: 'contract',
  meta: {
    description: 'An OpenAPI 3 document lists at least one server.',
    why: 'Without servers, generated clients and API consoles call the host that served the documentation, which is rarely the API.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    missingServers: 'the document lists no servers; add servers with the URL of each environment',
  },
  check({ contract, report }) {
    const { root, dialect } = openApiNodes(contract);
    // A 3.1 document without paths describes only webhooks or components, which no server serves.
    if (dialect === 'oas3_1' && root.value.paths === undefined) return;
    const servers = root.value.servers;
    if (Array.isArray(servers) && servers.length > 0 && servers.every((server) => typeof server === 'object' && server !== null)) return;
    report({ messageId: 'missingServers', location: locationOf(root, 'servers') });
  },
};
