import { report, type Comparison } from './context.js';
import { siteOf } from './nodes.js';
import type { ServerView } from './view.js';

/**
 * Compares the base URLs of both documents. URLs present on both sides match; the remaining ones
 * pair up in order as changed URLs, and any left over were added or removed.
 * NOTE: `servers` of path items and operations are not compared yet.
 */
export function compareServers(comparison: Comparison): void {
  const { base, revision } = comparison;
  const revisionUrls = new Set(revision.servers.map((server) => server.url));
  const baseUrls = new Set(base.servers.map((server) => server.url));
  const removed = uniqueByUrl(base.servers.filter((server) => !revisionUrls.has(server.url)));
  const added = uniqueByUrl(revision.servers.filter((server) => !baseUrls.has(server.url)));

  const changed = Math.min(removed.length, added.length);
  for (let index = 0; index < changed; index++) {
    report(comparison, 'server-url-changed', { base: siteOf(removed[index].node), revision: siteOf(added[index].node) }, { base: removed[index].url, revision: added[index].url });
  }
  for (const server of removed.slice(changed)) {
    report(comparison, 'server-removed', { base: siteOf(server.node), revision: siteOf(revision.serversNode) }, { url: server.url });
  }
  for (const server of added.slice(changed)) {
    report(comparison, 'server-added', { base: siteOf(base.serversNode), revision: siteOf(server.node) }, { url: server.url });
  }
}

function uniqueByUrl(servers: ServerView[]): ServerView[] {
  const seen = new Set<string>();
  return servers.filter((server) => !seen.has(server.url) && seen.add(server.url) !== undefined);
}
