import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { isFilled, locationOf, rootMember } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'info-description',
  scope: 'contract',
  meta: {
    description: 'The info object has a non-empty description.',
    why: 'The description is the first thing a consumer reads about the API: what it is for, which system owns it and how to get access.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingDescription: 'info has no description; say what the API is for and which system serves it',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    if (isFilled(rootMember(nodes, 'info', 'description'))) return;
    report({ messageId: 'missingDescription', location: locationOf(nodes.root, 'info', 'description') });
  },
};
