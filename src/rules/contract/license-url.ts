import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { isFilled, locationOf, rootMember } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'license-url',
  scope: 'contract',
  meta: {
    description: 'The info license has a URL.',
    why: 'A license name alone is ambiguous; the URL points readers to the exact terms.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingUrl: 'info.license has no url; link to the text of the license (OpenAPI 3.1 also accepts an SPDX identifier)',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    // A missing license is reported by info-license.
    const license = rootMember(nodes, 'info', 'license');
    if (typeof license !== 'object' || license === null) return;
    if (isFilled(rootMember(nodes, 'info', 'license', 'url'))) return;
    // OpenAPI 3.1 lets an SPDX identifier take the place of the URL.
    if (nodes.dialect === 'oas3_1' && isFilled(rootMember(nodes, 'info', 'license', 'identifier'))) return;
    report({ messageId: 'missingUrl', location: locationOf(nodes.root, 'info', 'license', 'url') });
  },
};
