import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'no-script-tags-in-markdown',
  scope: 'contract',
  meta: {
    description: 'Descriptions and titles contain no <script> tag.',
    why: 'Documentation portals render descriptions as Markdown with HTML, so a script tag in a contract runs in the browser of everyone who reads the docs.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    scriptTag: '{{member}} contains a <script> tag; remove the script from the text',
  },
  check({ contract, report }) {
    for (const text of openApiNodes(contract).texts) {
      // HTML tag names are case-insensitive, so `<SCRIPT` runs as well.
      if (!/<script/i.test(text.value)) continue;
      const member = text.pointer.slice(text.pointer.lastIndexOf('/') + 1);
      report({ messageId: 'scriptTag', data: { member }, location: locationOf(text) });
    }
  },
};
