import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import { isRefObject, isRemoteRef } from '../../contracts/refs.js';
import type { Contract } from '../../contracts/types.js';
import { InputError } from '../../errors.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-channel-servers',
  scope: 'contract',
  meta: {
    description: "A channel's `servers` name only servers defined under the document's `servers`.",
    why: 'A channel bound to a server that the document does not define cannot be deployed or generated, and consumers do not know which broker carries it.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    undefinedServer: "channel '{{channel}}' names server '{{server}}', which is not defined under 'servers'; define it or remove it from the channel",
    notServerReference: "channel '{{channel}}' lists a server that is not a $ref to an entry of the document's 'servers'; write it as $ref: '#/servers/<name>'",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    const servers = nodes.root.value.servers;
    const serverNames = isPlainObject(servers) ? Object.keys(servers) : [];

    for (const channel of nodes.channels) {
      const list = channel.node.value.servers;
      if (!Array.isArray(list)) continue;
      list.forEach((entry, index) => {
        const location = at(channel.node, 'servers', index);
        if (nodes.dialect === 'asyncapi2') {
          if (typeof entry === 'string' && !serverNames.includes(entry)) {
            report({ messageId: 'undefinedServer', data: { channel: channel.name, server: entry }, location });
          }
        } else if (!isDocumentServer(contract, entry, channel.node.file, location.pointer)) {
          report({ messageId: 'notServerReference', data: { channel: channel.name }, location });
        }
      });
    }
  },
};

/**
 * Returns whether a 3.x channel's server entry is a `$ref` to an entry of the root document's
 * `servers`. Broken and remote references count as fine here: no-broken-ref and no-remote-ref report them.
 */
function isDocumentServer(contract: Contract, entry: unknown, file: Contract['source'], pointer: string): boolean {
  if (!isRefObject(entry)) return false;
  if (isRemoteRef(entry.$ref)) return true;
  let target;
  try {
    target = contract.resolve(entry.$ref, file, `${pointer}/$ref`);
  } catch (error) {
    if (error instanceof InputError) return true;
    throw error;
  }
  if (target.value === undefined) return true;
  return target.file === contract.source && /^\/servers\/[^/]+$/.test(target.pointer);
}
