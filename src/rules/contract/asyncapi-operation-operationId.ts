import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { at, isFilled } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-operation-operationId',
  scope: 'contract',
  meta: {
    description: 'Every `publish` and `subscribe` operation of an AsyncAPI 2 document has an `operationId`.',
    why: 'Workflows, generated adapters and change reports name an operation by its id; an operation without one can only be named by its channel and verb, which change when the channel is renamed.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['asyncapi2'],
  },
  messages: {
    missingOperationId: "the {{verb}} operation has no operationId; add a unique operationId",
  },
  check({ contract, report }) {
    for (const operation of asyncApiNodes(contract).operations) {
      if ([operation.node, ...operation.traits].some((part) => isFilled(part.value.operationId))) continue;
      report({ messageId: 'missingOperationId', data: { verb: operation.action ?? 'operation' }, location: at(operation.node) });
    }
  },
};
