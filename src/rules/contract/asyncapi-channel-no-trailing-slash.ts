import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, channelAddress } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-channel-no-trailing-slash',
  scope: 'contract',
  meta: {
    description: 'Channel addresses do not end with a slash.',
    why: "Brokers compare topic names exactly, so 'orders/created/' and 'orders/created' are two topics and a consumer of one never sees the other's messages.",
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    trailingSlash: "channel address '{{address}}' ends with a slash; remove it",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const channel of nodes.channels) {
      const written = channelAddress(nodes, channel);
      if (written === undefined || !/.\/$/.test(written.address)) continue;
      report({ messageId: 'trailingSlash', data: { address: written.address }, location: written.location });
    }
  },
};
