import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas2-host-not-example',
  scope: 'contract',
  meta: {
    description: 'The OpenAPI 2.0 host is not example.com.',
    why: 'A placeholder host left in a published contract sends generated clients and API consoles to a domain that is not the API.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas2'],
  },
  messages: {
    exampleHost: "host '{{host}}' points at example.com; use the real host of the API",
  },
  check({ contract, report }) {
    const { root } = openApiNodes(contract);
    const host = root.value.host;
    if (typeof host !== 'string' || !host.includes('example.com')) return;
    report({ messageId: 'exampleHost', data: { host }, location: locationOf(root, 'host') });
  },
};
