import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { isFilled, locationOf, pathOperations } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'operation-operationId',
  scope: 'contract',
  meta: {
    description: 'Every operation has an operationId.',
    why: 'Workflow steps, generated adapters and change reports name operations by operationId; without one they fall back to fragile method-and-path strings.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    missingOperationId: '{{method}} {{path}} has no operationId; add a unique id such as createOrder',
  },
  check({ contract, report }) {
    for (const operation of pathOperations(openApiNodes(contract))) {
      if (isFilled(operation.node.value.operationId)) continue;
      report({
        messageId: 'missingOperationId',
        data: { method: operation.method.toUpperCase(), path: operation.path },
        location: locationOf(operation.node),
      });
    }
  },
};
