import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { Location } from '../../findings.js';
import type { ContractRule } from '../types.js';
import { at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-operation-operationId-uniqueness',
  scope: 'contract',
  meta: {
    description: 'No two operations of an AsyncAPI 2 document share an `operationId`.',
    why: 'Generated clients name a function after each operationId and workflows name the operation they use; a shared id makes one of the two operations unreachable.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['asyncapi2'],
  },
  messages: {
    duplicateOperationId: "operationId '{{operationId}}' is also used by another operation; give each operation its own id",
  },
  check({ contract, report }) {
    const seen = new Set<string>();
    for (const operation of asyncApiNodes(contract).operations) {
      // A trait's `operationId` wins over the operation's own, as traits are applied on top of it.
      let found: { operationId: string; location: Location } | undefined;
      for (const part of [operation.node, ...operation.traits]) {
        const operationId = part.value.operationId;
        if (typeof operationId === 'string') found = { operationId, location: at(part, 'operationId') };
      }
      if (found === undefined) continue;
      if (seen.has(found.operationId)) report({ messageId: 'duplicateOperationId', data: { operationId: found.operationId }, location: found.location });
      seen.add(found.operationId);
    }
  },
};
