import { dialectOf } from '../../contracts/types.js';
import { validateDocument } from '../../contracts/validation/document-schema.js';
import type { ContractRule } from '../types.js';

export const rule: ContractRule = {
  id: 'oas3-schema',
  scope: 'contract',
  meta: {
    description: 'The document is valid against the official JSON Schema of its OpenAPI 3.0 or 3.1 version.',
    why: 'Code generators, gateways and portals reject or silently misread a document with misplaced or mistyped fields, so the API they produce differs from the one described.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    invalid: '{{where}} {{error}}; correct it to follow the OpenAPI {{version}} specification',
  },
  check({ contract, report }) {
    const dialect = dialectOf(contract) === 'oas3_1' ? 'oas3_1' : 'oas3_0';
    const version = dialect === 'oas3_1' ? '3.1' : '3.0';
    for (const problem of validateDocument(contract.source.data, dialect)) {
      report({
        messageId: 'invalid',
        data: { where: problem.pointer === '' ? 'the document' : problem.pointer, error: problem.text, version },
        location: { file: contract.source.path, pointer: problem.pointer },
      });
    }
  },
};
