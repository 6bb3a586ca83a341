import { child } from '../../contracts/refs.js';
import type { Contract, Resolved } from '../../contracts/types.js';
import type { ChangeCollector } from '../collector.js';
import { SchemaComparer } from '../schema/compare.js';
import { diffBindings } from './bindings.js';
import { compareChannel } from './compare-channel.js';
import { bindingSites, sideOf, type AsyncComparison } from './compare-message.js';
import { matchChannels, matchInPasses } from './match.js';
import type { AsyncServer } from './model.js';
import { readAsyncDocument } from './read-document.js';
import { stringMember } from './values.js';

/** Reports the changes between two AsyncAPI documents (2.x or 3.0, in any pairing). */
export function compareAsyncApi(base: Contract, revision: Contract, collector: ChangeCollector): void {
  const comparison: AsyncComparison = {
    base: readAsyncDocument(base),
    revision: readAsyncDocument(revision),
    collector,
    schemas: new SchemaComparer(collector, base.resolve, revision.resolve),
  };
  compareVersions(comparison);
  compareServers(comparison);

  const areBothV3 = comparison.base.major >= 3 && comparison.revision.major >= 3;
  const channels = matchChannels(comparison.base.channels, comparison.revision.channels, areBothV3);
  for (const channel of channels.removed) {
    collector.add('channel-removed', { base: sideOf(channel.site), revision: sideOf(sectionOf(comparison.revision.root, 'channels')) }, { channel: channel.id });
  }
  for (const channel of channels.added) {
    collector.add('channel-added', { base: sideOf(sectionOf(comparison.base.root, 'channels')), revision: sideOf(channel.site) }, { channel: channel.id });
  }
  for (const [before, after] of channels.pairs) compareChannel(comparison, before, after);
}

/** Reports a change of the specification version and of `info.version`; neither is breaking. */
function compareVersions({ base, revision, collector }: AsyncComparison): void {
  if (base.version !== revision.version) {
    collector.add('asyncapi-spec-version-changed', { base: sideOf(child(base.root, 'asyncapi')), revision: sideOf(child(revision.root, 'asyncapi')) },
      { base: base.version, revision: revision.version });
  }
  const baseInfo = child(base.root, 'info');
  const revisionInfo = child(revision.root, 'info');
  const before = stringMember(baseInfo, 'version');
  const after = stringMember(revisionInfo, 'version');
  if (before !== undefined && after !== undefined && before !== after) {
    collector.add('asyncapi-info-version-changed', { base: sideOf(child(baseInfo, 'version')), revision: sideOf(child(revisionInfo, 'version')) },
      { base: before, revision: after });
  }
}

/** Pairs servers by name: clients and 3.x channels refer to a server by its name. */
function compareServers(comparison: AsyncComparison): void {
  const { base, revision, collector } = comparison;
  const servers = matchInPasses(base.servers, revision.servers, [(server) => [server.name]]);
  for (const server of servers.removed) {
    collector.add('asyncapi-server-removed', { base: sideOf(server.node), revision: sideOf(sectionOf(revision.root, 'servers')) }, { server: server.name });
  }
  for (const server of servers.added) {
    collector.add('asyncapi-server-added', { base: sideOf(sectionOf(base.root, 'servers')), revision: sideOf(server.node) }, { server: server.name });
  }
  for (const [before, after] of servers.pairs) {
    const sitesOf = (keys: string[]) => ({ base: sideOf(memberOf(before.node, keys)), revision: sideOf(memberOf(after.node, keys)) });
    const protocolBefore = protocolOf(before);
    const protocolAfter = protocolOf(after);
    if (protocolBefore !== protocolAfter) {
      collector.add('asyncapi-server-protocol-changed', sitesOf(['protocol', 'protocolVersion']), { server: before.name, base: protocolBefore, revision: protocolAfter });
    }
    if (before.address !== after.address) {
      collector.add('asyncapi-server-address-changed', sitesOf(['url', 'host', 'pathname']), { server: before.name, base: before.address ?? '', revision: after.address ?? '' });
    }
    for (const difference of diffBindings(before.bindings, after.bindings, base.resolve, revision.resolve)) {
      collector.add('asyncapi-server-binding-changed', bindingSites(difference, before.node, after.node),
        { server: before.name, protocol: difference.protocol, field: difference.field, change: difference.change });
    }
  }
}

/** Returns the first of `keys` that a server declares, or the server itself. */
function memberOf(server: Resolved, keys: string[]): Resolved {
  const key = keys.find((candidate) => child(server, candidate).value !== undefined);
  return key === undefined ? server : child(server, key);
}

/** Returns the protocol with its version, for example `kafka 3.5`, or `none`. */
function protocolOf(server: AsyncServer): string {
  const protocol = server.protocol ?? 'none';
  return server.protocolVersion === undefined ? protocol : `${protocol} ${server.protocolVersion}`;
}

/** Returns a top-level section of a document, or the document when it has none: the nearest parent of a missing element. */
function sectionOf(root: Resolved, key: string): Resolved {
  const section = child(root, key);
  return section.value === undefined ? root : section;
}
