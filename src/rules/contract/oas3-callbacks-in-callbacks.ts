import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas3-callbacks-in-callbacks',
  scope: 'contract',
  meta: {
    description: 'Callback operations do not define callbacks of their own.',
    why: 'A callback of a callback describes a request that the consumer makes back to the API; few tools generate or document it, so it goes unimplemented.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    nestedCallbacks: "callback operation {{method}} '{{expression}}' defines callbacks; describe the follow-up request as an operation of the API instead",
  },
  check({ contract, report }) {
    for (const operation of openApiNodes(contract).operations) {
      if (operation.pathItem.location !== 'callback' || operation.node.value.callbacks === undefined) continue;
      report({
        messageId: 'nestedCallbacks',
        data: { method: operation.method.toUpperCase(), expression: operation.path },
        location: locationOf(operation.node, 'callbacks'),
      });
    }
  },
};
