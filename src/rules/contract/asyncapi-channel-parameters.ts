import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, channelAddress, templateVariables } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-channel-parameters',
  scope: 'contract',
  meta: {
    description: 'Every parameter of a channel address is described under `parameters`, and every described parameter is used.',
    why: 'A parameter without a description leaves each consumer to guess what goes into the topic name, and a described parameter that the address lacks describes a topic that does not exist.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingParameters: "channel address '{{address}}' uses parameters {{names}} that 'parameters' does not describe; add a Parameter object for each",
    unusedParameter: "parameter '{{name}}' does not occur in channel address '{{address}}'; remove it or add '{{{name}}}' to the address",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const channel of nodes.channels) {
      const written = channelAddress(nodes, channel);
      if (written === undefined) continue;
      const used = templateVariables(written.address);
      const parameters = channel.node.value.parameters;
      const described = isPlainObject(parameters) ? Object.keys(parameters) : [];

      const missing = [...new Set(used.filter((name) => !described.includes(name)))];
      if (missing.length > 0) {
        report({
          messageId: 'missingParameters',
          data: { address: written.address, names: missing.map((name) => `'${name}'`).join(', ') },
          location: isPlainObject(parameters) ? at(channel.node, 'parameters') : written.location,
        });
      }
      for (const name of described) {
        if (used.includes(name)) continue;
        report({ messageId: 'unusedParameter', data: { address: written.address, name }, location: at(channel.node, 'parameters', name) });
      }
    }
  },
};
