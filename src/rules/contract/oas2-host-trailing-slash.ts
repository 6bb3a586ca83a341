import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas2-host-trailing-slash',
  scope: 'contract',
  meta: {
    description: 'The OpenAPI 2.0 host does not end with a slash.',
    why: 'Clients join host, basePath and path, so a trailing slash on the host yields URLs with a double slash that some gateways reject.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2'],
  },
  messages: {
    trailingSlash: "host '{{host}}' ends with a slash; remove it and put any path into basePath",
  },
  check({ contract, report }) {
    const { root } = openApiNodes(contract);
    const host = root.value.host;
    if (typeof host !== 'string' || !host.endsWith('/')) return;
    report({ messageId: 'trailingSlash', data: { host }, location: locationOf(root, 'host') });
  },
};
