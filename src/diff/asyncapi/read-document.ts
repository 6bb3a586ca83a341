import { child, type ResolveFn } from '../../contracts/refs.js';
import type { Contract, Resolved } from '../../contracts/types.js';
import { readBindings } from './bindings.js';
import type { AsyncDocument, AsyncServer } from './model.js';
import { readChannelsV2, readChannelsV3 } from './read-channels.js';
import type { DefaultContentType } from './read-message.js';
import { objectAt, stringMember } from './values.js';

/** Reads an AsyncAPI 2.x or 3.x contract into the shape both versions share. */
export function readAsyncDocument(contract: Contract): AsyncDocument {
  const root: Resolved = { value: contract.source.data, file: contract.source, pointer: '' };
  const resolve = contract.resolve;
  const major = Number.parseInt(contract.version, 10);
  const defaultValue = stringMember(root, 'defaultContentType');
  const defaultContentType: DefaultContentType = defaultValue === undefined ? undefined : { value: defaultValue, site: child(root, 'defaultContentType') };
  return {
    major,
    version: contract.version,
    root,
    resolve,
    channels: major === 2 ? readChannelsV2(root, resolve, defaultContentType) : readChannelsV3(root, resolve, defaultContentType),
    servers: readServers(root, resolve, major),
  };
}

/** Reads `servers`: 2.x servers have a `url`, 3.x servers a `host` and an optional `pathname`. */
function readServers(root: Resolved, resolve: ResolveFn, major: number): AsyncServer[] {
  const servers = objectAt(child(root, 'servers'), resolve);
  if (servers === undefined) return [];
  const result: AsyncServer[] = [];
  for (const name of Object.keys(servers.value)) {
    const node = objectAt(child(servers, name), resolve);
    if (node === undefined) continue;
    const host = stringMember(node, 'host');
    const address = major === 2 ? stringMember(node, 'url') : host === undefined ? undefined : host + (stringMember(node, 'pathname') ?? '');
    const protocol = stringMember(node, 'protocol');
    const protocolVersion = stringMember(node, 'protocolVersion');
    result.push({
      name,
      node,
      ...(protocol === undefined ? {} : { protocol }),
      ...(protocolVersion === undefined ? {} : { protocolVersion }),
      ...(address === undefined ? {} : { address }),
      bindings: readBindings([node], resolve),
    });
  }
  return result;
}
