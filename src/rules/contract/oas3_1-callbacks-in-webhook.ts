import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas3_1-callbacks-in-webhook',
  scope: 'contract',
  meta: {
    description: 'Webhook operations do not define callbacks.',
    why: 'A webhook is already a request from the API to the consumer; a callback on it describes a chain that few tools generate or document.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas3_1'],
  },
  messages: {
    callbacksInWebhook: "webhook '{{name}}' ({{method}}) defines callbacks; describe the follow-up request as an operation of the API instead",
  },
  check({ contract, report }) {
    for (const operation of openApiNodes(contract).operations) {
      if (operation.pathItem.location !== 'webhooks' || operation.node.value.callbacks === undefined) continue;
      report({
        messageId: 'callbacksInWebhook',
        data: { name: operation.path, method: operation.method.toUpperCase() },
        location: locationOf(operation.node, 'callbacks'),
      });
    }
  },
};
