import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas2-oneOf',
  scope: 'contract',
  meta: {
    description: 'OpenAPI 2.0 schemas do not use oneOf, which only OpenAPI 3 supports.',
    why: 'Swagger 2.0 tools ignore oneOf, so the alternatives it lists are neither generated nor validated.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2'],
  },
  messages: {
    oneOf: 'oneOf is not part of OpenAPI 2.0 and is ignored; move the contract to OpenAPI 3 or model the alternatives another way',
  },
  check({ contract, report }) {
    for (const { node } of openApiNodes(contract).schemas) {
      if (node.value.oneOf !== undefined) report({ messageId: 'oneOf', location: locationOf(node, 'oneOf') });
    }
  },
};
