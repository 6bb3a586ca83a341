import { asyncApiNodes, isReferenced } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-unused-components-schema',
  scope: 'contract',
  meta: {
    description: 'Every schema under `components.schemas` is the target of some `$ref`.',
    why: 'An unused schema still looks like part of the contract: reviewers check it, consumers generate code for it, and it drifts from the payloads actually sent.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    unusedSchema: "schema '{{name}}' is not referenced anywhere; reference it from a message or remove it",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const component of nodes.components) {
      if (component.type !== 'schemas' || isReferenced(nodes, component.node.file.path, component.node.pointer)) continue;
      report({ messageId: 'unusedSchema', data: { name: component.name }, location: at(component.node) });
    }
  },
};
