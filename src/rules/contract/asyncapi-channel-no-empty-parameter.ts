import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, channelAddress } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-channel-no-empty-parameter',
  scope: 'contract',
  meta: {
    description: 'Channel addresses have no empty parameter expression `{}`.',
    why: 'An empty `{}` names no parameter, so producers and consumers cannot agree on the topic they fill in and messages land on a topic nobody reads.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    emptyParameter: "channel address '{{address}}' contains an empty parameter '{}'; name the parameter, for example '{orderId}'",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const channel of nodes.channels) {
      const written = channelAddress(nodes, channel);
      if (written === undefined || !written.address.includes('{}')) continue;
      report({ messageId: 'emptyParameter', data: { address: written.address }, location: written.location });
    }
  },
};
