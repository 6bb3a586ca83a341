import { asyncApiNodes, isReferenced } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-unused-components-server',
  scope: 'contract',
  meta: {
    description: 'Every server under `components.servers` is the target of some `$ref`.',
    why: 'An unused server definition suggests a broker or environment that no channel uses, and tooling that reads components may still configure connections to it.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    unusedServer: "server '{{name}}' under components.servers is not referenced anywhere; reference it from 'servers' or remove it",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const component of nodes.components) {
      if (component.type !== 'servers' || isReferenced(nodes, component.node.file.path, component.node.pointer)) continue;
      report({ messageId: 'unusedServer', data: { name: component.name }, location: at(component.node) });
    }
  },
};
