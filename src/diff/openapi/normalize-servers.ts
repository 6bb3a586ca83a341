import { child } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { DocumentScope } from './normalize.js';
import { isObject, stringList } from './nodes.js';
import type { ServerView } from './view.js';

/**
 * Lists the base URLs of the API: 3.x `servers` with variables set to their defaults, or 2.0
 * `schemes`, `host` and `basePath`. A document without any has the single relative URL `/`.
 */
export function normalizeServers(scope: DocumentScope): { servers: ServerView[]; node: Resolved } {
  return scope.dialect === 'oas2' ? oas2Servers(scope.root) : oas3Servers(scope.root);
}

function oas3Servers(root: Resolved): { servers: ServerView[]; node: Resolved } {
  const list = child(root, 'servers');
  if (!Array.isArray(list.value) || list.value.length === 0) return { servers: [{ url: '/', node: root }], node: root };
  const servers: ServerView[] = [];
  list.value.forEach((server, index) => {
    if (!isObject(server) || typeof server.url !== 'string') return;
    const variables = isObject(server.variables) ? server.variables : {};
    const url = server.url.replace(/\{([^}]*)\}/g, (placeholder, name: string) => {
      const variable = variables[name];
      return isObject(variable) && typeof variable.default === 'string' ? variable.default : placeholder;
    });
    servers.push({ url: normalizeUrl(url), node: child(list, index) });
  });
  return { servers, node: list };
}

/** NOTE: a 2.0 document with a host but no `schemes` is served over the scheme it was fetched with; https is assumed. */
function oas2Servers(root: Resolved): { servers: ServerView[]; node: Resolved } {
  const value = root.value as Record<string, unknown>;
  const basePath = typeof value.basePath === 'string' ? value.basePath : '';
  const host = child(root, 'host');
  const basePathNode = child(root, 'basePath');
  let node = root;
  if (basePathNode.value !== undefined) node = basePathNode;
  if (host.value !== undefined) node = host;
  if (typeof host.value !== 'string') return { servers: [{ url: normalizeUrl(basePath), node }], node };
  const schemes = stringList(value.schemes);
  const servers = (schemes.length === 0 ? ['https'] : schemes).map((scheme) => ({ url: normalizeUrl(`${scheme}://${host.value as string}${basePath}`), node }));
  return { servers, node };
}

/** Lower-cases the scheme and host and drops a trailing slash, so equal base URLs compare equal. */
function normalizeUrl(url: string): string {
  const withoutSlash = url.replace(/\/+$/, '');
  const origin = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(withoutSlash);
  const normalized = origin === null ? withoutSlash : origin[1].toLowerCase() + withoutSlash.slice(origin[1].length);
  return normalized === '' ? '/' : normalized;
}
