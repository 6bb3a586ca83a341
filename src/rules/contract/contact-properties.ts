import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { isFilled, locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'contact-properties',
  scope: 'contract',
  meta: {
    description: 'The info contact gives a name, a URL and an email address.',
    why: 'Consumers of a contract need a person, a page and a mailbox to reach the owning team when the API misbehaves during a release.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingProperty: 'info.contact has no {{property}}; add the {{property}} of the owning team',
  },
  check({ contract, report }) {
    const { root } = openApiNodes(contract);
    const info = root.value.info as Record<string, unknown> | undefined;
    const contact = info?.contact;
    if (typeof contact !== 'object' || contact === null) return;
    for (const property of ['name', 'url', 'email']) {
      if (isFilled((contact as Record<string, unknown>)[property])) continue;
      report({ messageId: 'missingProperty', data: { property }, location: locationOf(root, 'info', 'contact', property) });
    }
  },
};
