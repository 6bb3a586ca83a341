import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, isFilled } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-operation-description',
  scope: 'contract',
  meta: {
    description: 'Every operation has a non-empty `description`, written on it or brought by a trait.',
    why: 'The description says when a message is sent and what a consumer must do with it: whether it may arrive twice, in which order, after which commit. Without it each consumer guesses.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingDescription: "operation '{{operation}}' has no description; say when the message is sent and what receivers must handle",
  },
  check({ contract, report }) {
    for (const operation of asyncApiNodes(contract).operations) {
      if ([operation.node, ...operation.traits].some((part) => isFilled(part.value.description))) continue;
      report({ messageId: 'missingDescription', data: { operation: operation.name }, location: at(operation.node) });
    }
  },
};
