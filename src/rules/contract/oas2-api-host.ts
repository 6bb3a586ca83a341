import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { isFilled, locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas2-api-host',
  scope: 'contract',
  meta: {
    description: 'An OpenAPI 2.0 document names its host.',
    why: 'Without a host, generated clients and API consoles call the host that served the documentation, which is rarely the API.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2'],
  },
  messages: {
    missingHost: 'the document has no host; add the host name (and port) of the API, for example api.retail.example',
  },
  check({ contract, report }) {
    const { root } = openApiNodes(contract);
    if (isFilled(root.value.host)) return;
    report({ messageId: 'missingHost', location: locationOf(root, 'host') });
  },
};
