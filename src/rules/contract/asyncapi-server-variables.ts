import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import { printValue } from '../../contracts/validation/error-text.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, serverAddress, templateVariables } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-server-variables',
  scope: 'contract',
  meta: {
    description: 'Every variable of a server address is described under `variables`, every described variable is used, and defaults are among the enum values.',
    why: 'Deployment tools fill server variables from their description; an undescribed or unused variable, or a default outside the allowed values, yields a broker address that does not exist.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingVariables: "server '{{server}}' uses variables {{names}} that 'variables' does not describe; add a Server Variable object for each",
    unusedVariable: "server variable '{{name}}' does not occur in the address of server '{{server}}'; remove it or use it",
    defaultNotInEnum: "default {{value}} of server variable '{{name}}' is not one of its enum values; use an enum value",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const server of nodes.servers) {
      const used = serverAddress(nodes, server).flatMap((part) => templateVariables(part.value));
      const variables = server.node.value.variables;
      const described = isPlainObject(variables) ? Object.keys(variables) : [];

      const missing = [...new Set(used.filter((name) => !described.includes(name)))];
      if (missing.length > 0) {
        report({
          messageId: 'missingVariables',
          data: { server: server.name, names: missing.map((name) => `'${name}'`).join(', ') },
          location: described.length > 0 ? at(server.node, 'variables') : at(server.node),
        });
      }
      for (const name of described) {
        if (!used.includes(name)) report({ messageId: 'unusedVariable', data: { server: server.name, name }, location: at(server.node, 'variables', name) });
      }
      for (const variable of server.variables) {
        const { enum: allowed, default: value } = variable.node.value;
        if (!used.includes(variable.name) || !Array.isArray(allowed) || value === undefined || allowed.includes(value)) continue;
        report({ messageId: 'defaultNotInEnum', data: { name: variable.name, value: printValue(value) }, location: at(variable.node, 'default') });
      }
    }
  },
};
