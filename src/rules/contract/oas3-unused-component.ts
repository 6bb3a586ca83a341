import { isReferenced, openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

/** Component types used only through $ref. Security schemes are named by requirements instead. */
const REFERENCED_TYPES = new Set(['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'links', 'callbacks', 'pathItems']);

export const rule: ContractRule = {
  id: 'oas3-unused-component',
  scope: 'contract',
  meta: {
    description: 'Every reusable component is referenced somewhere.',
    why: 'An unreferenced component is dead weight that reviewers still read and generators still emit, and often a sign that a $ref points to the wrong component.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    unusedComponent: "component '{{name}}' under components.{{type}} is not referenced; remove it or reference it where it is meant to be used",
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    for (const component of nodes.components) {
      if (!REFERENCED_TYPES.has(component.type)) continue;
      if (isReferenced(nodes, component.node.file.path, component.node.pointer)) continue;
      report({ messageId: 'unusedComponent', data: { name: component.name, type: component.type }, location: locationOf(component.node) });
    }
  },
};
