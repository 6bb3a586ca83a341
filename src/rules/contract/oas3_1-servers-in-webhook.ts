import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas3_1-servers-in-webhook',
  scope: 'contract',
  meta: {
    description: 'Webhooks and their operations do not define servers.',
    why: 'The consumer chooses where a webhook is delivered, so a server on a webhook describes nothing and misleads readers about the target URL.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas3_1'],
  },
  messages: {
    serversInWebhook: "webhook '{{name}}' defines servers; remove them, the consumer registers the delivery URL",
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    const owners = [
      ...nodes.pathItems.filter((pathItem) => pathItem.location === 'webhooks').map((pathItem) => ({ node: pathItem.node, name: pathItem.key })),
      ...nodes.operations.filter((operation) => operation.pathItem.location === 'webhooks').map((operation) => ({ node: operation.node, name: operation.path })),
    ];
    for (const { node, name } of owners) {
      if (node.value.servers !== undefined) report({ messageId: 'serversInWebhook', data: { name }, location: locationOf(node, 'servers') });
    }
  },
};
