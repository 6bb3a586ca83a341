import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf, pathOperations } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'operation-parameters',
  scope: 'contract',
  meta: {
    description: 'An operation lists each parameter once, and at most one body, never next to form data.',
    why: 'With two definitions of the same parameter, or two bodies, each tool picks a different one, so client and server disagree on the request.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    duplicateParameter: "{{in}} parameter '{{name}}' is listed more than once in {{method}} {{path}}; keep one definition",
    bodyAndFormData: '{{method}} {{path}} has both an in: body and an in: formData parameter; send the form fields or the body, not both',
    multipleBodies: '{{method}} {{path}} has more than one in: body parameter; merge them into one body schema',
  },
  check({ contract, report }) {
    for (const operation of pathOperations(openApiNodes(contract))) {
      const names = { method: operation.method.toUpperCase(), path: operation.path };
      const seen = new Set<string>();
      let bodies = 0;
      let hasFormData = false;
      for (const use of operation.parameters) {
        const parameter = use.definition?.value;
        if (parameter === undefined) continue;
        const fingerprint = `${String(parameter.in)}\0${String(parameter.name)}`;
        if (seen.has(fingerprint)) {
          report({
            messageId: 'duplicateParameter',
            data: { ...names, in: String(parameter.in), name: String(parameter.name) },
            location: locationOf(use.entry),
          });
        }
        seen.add(fingerprint);
        if (parameter.in === 'formData') hasFormData = true;
        if (parameter.in === 'body' && ++bodies > 1) {
          report({ messageId: 'multipleBodies', data: names, location: locationOf(use.entry) });
        }
      }
      if (bodies > 0 && hasFormData) {
        report({ messageId: 'bodyAndFormData', data: names, location: locationOf(operation.node, 'parameters') });
      }
    }
  },
};
