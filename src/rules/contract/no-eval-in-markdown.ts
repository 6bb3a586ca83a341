import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'no-eval-in-markdown',
  scope: 'contract',
  meta: {
    description: 'Descriptions and titles contain no eval( call.',
    why: 'Documentation portals render descriptions as Markdown with HTML, so script text in a contract can run in the browser of everyone who reads the docs.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    evalInMarkdown: '{{member}} contains "eval("; remove the script from the text',
  },
  check({ contract, report }) {
    for (const text of openApiNodes(contract).texts) {
      if (!text.value.includes('eval(')) continue;
      const member = text.pointer.slice(text.pointer.lastIndexOf('/') + 1);
      report({ messageId: 'evalInMarkdown', data: { member }, location: locationOf(text) });
    }
  },
};
