import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas3-examples-value-or-externalValue',
  scope: 'contract',
  meta: {
    description: 'Every Example object has either `value` or `externalValue`, not both and not neither.',
    why: 'Documentation tools and mock servers show one of the two; with both they pick one silently, and with neither the example is empty.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    both: 'Example object has both value and externalValue; keep one of them',
    neither: 'Example object has neither value nor externalValue; add the example as value or link to it with externalValue',
  },
  check({ contract, report }) {
    const seen = new Set<string>();
    for (const example of openApiNodes(contract).examples) {
      if (example.form !== 'object') continue;
      const key = `${example.node.file.path}#${example.node.pointer}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const object = example.node.value as Record<string, unknown>;
      const hasValue = 'value' in object;
      const hasExternal = 'externalValue' in object;
      if (hasValue === hasExternal) report({ messageId: hasValue ? 'both' : 'neither', location: locationOf(example.node) });
    }
  },
};
