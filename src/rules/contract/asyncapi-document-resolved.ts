import { validateAsyncApiDocument } from '../../contracts/validation/asyncapi-document.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, describeProblem } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-document-resolved',
  scope: 'contract',
  meta: {
    description: 'The AsyncAPI document is still valid against its version\'s JSON Schema after every $ref is replaced by its target.',
    why: 'A reference can lead to an object of the wrong kind, or to a file with a mistake in it; tools see the document only after resolution and reject it there, far from the reference.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    invalidAfterResolution: "after $ref resolution, {{problem}}; correct the node written here or point the $ref that leads to it to a node of the right kind",
  },
  check({ contract, report }) {
    for (const problem of validateAsyncApiDocument(contract).afterResolution) {
      report({ messageId: 'invalidAfterResolution', data: { problem: describeProblem(problem) }, location: { file: problem.file, pointer: problem.pointer } });
    }
  },
};
