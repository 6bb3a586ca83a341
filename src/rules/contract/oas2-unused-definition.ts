import { isReferenced, openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas2-unused-definition',
  scope: 'contract',
  meta: {
    description: 'Every schema under definitions is referenced somewhere.',
    why: 'An unreferenced definition is dead weight that reviewers still read and generators still emit, and often a sign that a $ref points to the wrong schema.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2'],
  },
  messages: {
    unusedDefinition: "definition '{{name}}' is not referenced; remove it or reference it where it is meant to be used",
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    for (const component of nodes.components) {
      if (component.type !== 'definitions') continue;
      if (isReferenced(nodes, component.node.file.path, component.node.pointer)) continue;
      report({ messageId: 'unusedDefinition', data: { name: component.name }, location: locationOf(component.node) });
    }
  },
};
