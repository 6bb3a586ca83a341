import { asyncApiNodes, payloadSchemaRoots } from '../../contracts/nodes/asyncapi.js';
import { validateSchemaObject } from '../../contracts/validation/asyncapi-document.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-payload',
  scope: 'contract',
  meta: {
    description: "Message payload schemas are valid AsyncAPI Schema objects of the document's AsyncAPI version.",
    why: 'An invalid payload schema is read differently by each validator and generator, or rejected by the schema registry during a release; producers and consumers then disagree on the message.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    invalidSchema: 'payload schema{{where}} {{problem}}; fix the schema',
  },
  check({ contract, report }) {
    for (const schema of payloadSchemaRoots(asyncApiNodes(contract))) {
      for (const problem of validateSchemaObject(contract, schema) ?? []) {
        const relative = problem.pointer.slice(schema.pointer.length);
        report({
          messageId: 'invalidSchema',
          data: { problem: problem.text, where: relative === '' ? '' : ` at ${relative}` },
          location: { file: problem.file, pointer: problem.pointer },
        });
      }
    }
  },
};
