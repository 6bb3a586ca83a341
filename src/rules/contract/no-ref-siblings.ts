import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'no-$ref-siblings',
  scope: 'contract',
  meta: {
    description: 'Nothing sits next to a $ref in OpenAPI 2.0 and 3.0, where siblings of a reference are ignored.',
    why: 'Tools drop every member next to a $ref in these versions, so a description, nullable or required written there silently has no effect.',
    category: 'contracts',
    defaultSeverity: 'error',
    // OpenAPI 3.1 schemas are JSON Schema 2020-12, where keywords next to $ref apply.
    dialects: ['oas2', 'oas3_0'],
  },
  messages: {
    refSibling: "'{{key}}' next to $ref is ignored in OpenAPI {{version}}; remove it, or for a schema wrap the $ref in allOf",
  },
  check({ contract, report }) {
    for (const { node } of openApiNodes(contract).refs) {
      for (const key of Object.keys(node.value)) {
        if (key === '$ref') continue;
        report({ messageId: 'refSibling', data: { key, version: contract.version }, location: locationOf(node, key) });
      }
    }
  },
};
