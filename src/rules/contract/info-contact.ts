import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf, rootMember } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'info-contact',
  scope: 'contract',
  meta: {
    description: 'The info object has a contact.',
    why: 'Without a contact, a team that finds a defect in the contract or sees the API fail has nobody to tell.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingContact: 'info has no contact; add info.contact with the name, URL and email of the owning team',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    const contact = rootMember(nodes, 'info', 'contact');
    if (typeof contact === 'object' && contact !== null) return;
    report({ messageId: 'missingContact', location: locationOf(nodes.root, 'info', 'contact') });
  },
};
