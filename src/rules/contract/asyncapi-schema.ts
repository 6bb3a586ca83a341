import { publishedAsyncApiVersions } from '../../contracts/validation/asyncapi-spec.js';
import { validateAsyncApiDocument } from '../../contracts/validation/asyncapi-document.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, describeProblem } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-schema',
  scope: 'contract',
  meta: {
    description: 'The AsyncAPI document, as written, is valid against the official JSON Schema of its exact AsyncAPI version.',
    why: 'Generators, brokers and schema registries reject or misread a document that breaks the specification, and they do so during a release rather than in review.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    invalid: "{{problem}}; correct the document to match the AsyncAPI {{version}} schema",
    unknownVersion: "AsyncAPI version '{{version}}' has no published JSON Schema (known: {{known}}); set asyncapi to a published version",
  },
  check({ contract, report }) {
    const validation = validateAsyncApiDocument(contract);
    if (!validation.known) {
      report({
        messageId: 'unknownVersion',
        data: { version: contract.version, known: publishedAsyncApiVersions().filter((version) => !version.startsWith('1.')).join(', ') },
        location: { file: contract.source.path, pointer: '/asyncapi' },
      });
      return;
    }
    for (const problem of validation.asWritten) {
      report({ messageId: 'invalid', data: { problem: describeProblem(problem), version: contract.version }, location: { file: problem.file, pointer: problem.pointer } });
    }
  },
};
