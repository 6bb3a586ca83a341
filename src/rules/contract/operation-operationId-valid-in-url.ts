import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf, pathOperations } from './helpers/openapi.js';

/** Unreserved and reserved URI characters of RFC 3986, which a URL can carry without percent-encoding. */
const URL_SAFE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]*$/;

export const rule: ContractRule = {
  id: 'operation-operationId-valid-in-url',
  scope: 'contract',
  meta: {
    description: 'Every operationId uses only characters that are valid in a URL.',
    why: 'Documentation portals and gateways put the operationId into links and routes, where spaces and other characters break or must be encoded.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    invalidCharacters: "operationId '{{operationId}}' contains characters that are not valid in a URL; use letters, digits, '-', '_' and '.'",
  },
  check({ contract, report }) {
    for (const operation of pathOperations(openApiNodes(contract))) {
      const operationId = operation.node.value.operationId;
      if (typeof operationId !== 'string' || URL_SAFE.test(operationId)) continue;
      report({ messageId: 'invalidCharacters', data: { operationId }, location: locationOf(operation.node, 'operationId') });
    }
  },
};
