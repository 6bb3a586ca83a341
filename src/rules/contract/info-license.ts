import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf, rootMember } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'info-license',
  scope: 'contract',
  meta: {
    description: 'The info object has a license.',
    why: 'Partners who copy a published contract into their code generators need to know under which terms they may do so.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingLicense: 'info has no license; add info.license with the name of the license the contract is published under',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    const license = rootMember(nodes, 'info', 'license');
    if (typeof license === 'object' && license !== null) return;
    report({ messageId: 'missingLicense', location: locationOf(nodes.root, 'info', 'license') });
  },
};
