import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf, pathOperations } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'operation-success-response',
  scope: 'contract',
  meta: {
    description: 'Every operation declares at least one 2xx or 3xx response.',
    why: 'A client generated from a contract with only error responses has no type for the result, so every adapter hand-writes the success path.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    noSuccessResponse: '{{method}} {{path}} declares no 2xx or 3xx response; add the response a caller gets when the call succeeds',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    const allowsRanges = nodes.dialect !== 'oas2';
    for (const operation of pathOperations(nodes)) {
      const responses = operation.node.value.responses;
      // A missing `responses` is a schema error in 2.0 and 3.0, and allowed in 3.1.
      if (typeof responses !== 'object' || responses === null || Array.isArray(responses)) continue;
      const hasSuccess = Object.keys(responses).some((status) => {
        if (allowsRanges && /^[23]XX$/i.test(status)) return true;
        const code = Number(status);
        return code >= 200 && code < 400;
      });
      if (hasSuccess) continue;
      report({
        messageId: 'noSuccessResponse',
        data: { method: operation.method.toUpperCase(), path: operation.path },
        location: locationOf(operation.node, 'responses'),
      });
    }
  },
};
