import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'operation-tag-defined',
  scope: 'contract',
  meta: {
    description: 'Every tag an operation uses is declared in the top-level tags list.',
    why: 'Documentation portals group and describe operations by the declared tags, so an undeclared or misspelt tag hides the operation in an unnamed group.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    undefinedTag: "tag '{{tag}}' of {{method}} {{path}} is not declared in the top-level tags; add it there or correct the name",
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    const declared = new Set(nodes.tags.flatMap((tag) => (tag.name === undefined ? [] : [tag.name])));
    for (const tag of nodes.operationTags) {
      const operation = tag.operation!;
      if (operation.pathItem.location !== 'paths' || (tag.name !== undefined && declared.has(tag.name))) continue;
      report({
        messageId: 'undefinedTag',
        data: { tag: String(tag.node.value), method: operation.method.toUpperCase(), path: operation.path },
        location: locationOf(tag.node),
      });
    }
  },
};
