import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf, pathOperations } from './helpers/openapi.js';

const FORM_MEDIA_TYPES = /application\/x-www-form-urlencoded|multipart\/form-data/;

export const rule: ContractRule = {
  id: 'oas2-operation-formData-consume-check',
  scope: 'contract',
  meta: {
    description: 'An OpenAPI 2.0 operation with in: formData parameters consumes a form media type.',
    why: 'Form parameters travel only in an urlencoded or multipart body; with another media type, clients send a body that the server cannot read.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2'],
  },
  messages: {
    noFormMediaType: '{{method}} {{path}} has in: formData parameters but does not consume application/x-www-form-urlencoded or multipart/form-data; add one of them to consumes',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    const documentConsumes = nodes.root.value.consumes;
    for (const operation of pathOperations(nodes)) {
      const uses = [...operation.pathItem.parameters, ...operation.parameters];
      if (!uses.some((use) => use.definition?.value.in === 'formData')) continue;
      // The operation's consumes replaces the document's.
      const consumes = operation.node.value.consumes ?? documentConsumes;
      if (!Array.isArray(consumes) || FORM_MEDIA_TYPES.test(consumes.join(','))) continue;
      report({
        messageId: 'noFormMediaType',
        data: { method: operation.method.toUpperCase(), path: operation.path },
        location: locationOf(operation.node, ...(operation.node.value.consumes === undefined ? [] : ['consumes'])),
      });
    }
  },
};
