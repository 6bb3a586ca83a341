import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, channelAddress } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-channel-no-query-nor-fragment',
  scope: 'contract',
  meta: {
    description: 'Channel addresses contain no query (`?`) or fragment (`#`) delimiter.',
    why: 'Brokers take `?` and `#` as part of the topic name or as wildcards, so a channel written like a URL with a query string routes messages to a different topic than consumers subscribe to.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    queryOrFragment: "channel address '{{address}}' contains '{{delimiter}}'; move the query or fragment into channel parameters or bindings",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    for (const channel of nodes.channels) {
      const written = channelAddress(nodes, channel);
      const delimiter = written === undefined ? undefined : /[?#]/.exec(written.address)?.[0];
      if (written === undefined || delimiter === undefined) continue;
      report({ messageId: 'queryOrFragment', data: { address: written.address, delimiter }, location: written.location });
    }
  },
};
