import { validateDocument } from '../../contracts/validation/document-schema.js';
import type { ContractRule } from '../types.js';

export const rule: ContractRule = {
  id: 'oas2-schema',
  scope: 'contract',
  meta: {
    description: 'The document is valid against the official JSON Schema of OpenAPI 2.0 (Swagger).',
    why: 'Code generators, gateways and portals reject or silently misread a document with misplaced or mistyped fields, so the API they produce differs from the one described.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas2'],
  },
  messages: {
    invalid: '{{where}} {{error}}; correct it to follow the OpenAPI 2.0 specification',
  },
  check({ contract, report }) {
    for (const problem of validateDocument(contract.source.data, 'oas2')) {
      report({
        messageId: 'invalid',
        data: { where: problem.pointer === '' ? 'the document' : problem.pointer, error: problem.text },
        location: { file: contract.source.path, pointer: problem.pointer },
      });
    }
  },
};
