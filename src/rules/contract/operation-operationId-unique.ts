import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'operation-operationId-unique',
  scope: 'contract',
  meta: {
    description: 'No two operations share an operationId.',
    why: 'Generators name functions after the operationId, and a workflow step that names a shared id cannot tell which operation it calls.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    duplicateOperationId: "operationId '{{operationId}}' is also used by {{first}}; give each operation its own id",
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    const firstUse = new Map<unknown, string>();
    // An operation reached through two path items is one operation, so each node counts once.
    const seen = new Set<string>();
    for (const operation of nodes.operations) {
      const key = `${operation.node.file.path}#${operation.node.pointer}`;
      if (seen.has(key) || !('operationId' in operation.node.value)) continue;
      seen.add(key);
      const operationId = operation.node.value.operationId;
      const name = `${operation.method.toUpperCase()} ${operation.path}`;
      const first = firstUse.get(operationId);
      if (first === undefined) {
        firstUse.set(operationId, name);
        continue;
      }
      report({
        messageId: 'duplicateOperationId',
        data: { operationId: String(operationId), first },
        location: locationOf(operation.node, 'operationId'),
      });
    }
  },
};
