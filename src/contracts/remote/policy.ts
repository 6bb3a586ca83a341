import type { RemoteRefProblem } from '../types.js';

/** A host that remote `$ref`s may be fetched from; without a port, every port of the host is allowed. */
export interface AllowedHost {
  /** Host name as the URL parser writes it: lower case, an IPv6 address in brackets. */
  hostname: string;
  port?: number;
}

/** Limits of remote `$ref` fetching for one run. */
export interface RemoteRefSettings {
  allowedHosts: readonly AllowedHost[];
  /** Time allowed for one document, redirects and body included, in milliseconds. */
  timeoutMs: number;
  /** Largest document body read, in bytes. */
  maxBytes: number;
}

export const DEFAULT_REMOTE_TIMEOUT_MS = 10_000;
export const DEFAULT_REMOTE_MAX_BYTES = 10 * 1024 * 1024;

/** The refusals decided before any request is sent. */
export type RemoteRefRefusal = Extract<RemoteRefProblem, 'host-not-allowed' | 'unsupported-scheme' | 'insecure-http'>;

/**
 * Parses an allow-list entry, `HOST` or `HOST:PORT` (an IPv6 address in brackets, `[::1]:8443`).
 * Returns undefined for anything else, such as a URL or a path.
 */
export function parseAllowedHost(entry: string): AllowedHost | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^\s:/?#@[\]]+)(?::(\d{1,5}))?$/.exec(entry.trim());
  if (match === null) return undefined;
  let hostname: string;
  try {
    hostname = new URL(`https://${match[1]}`).hostname;
  } catch {
    return undefined;
  }
  if (match[2] === undefined) return { hostname };
  const port = Number(match[2]);
  return port >= 1 && port <= 65_535 ? { hostname, port } : undefined;
}

/** Formats an allow-list entry the way a user writes it. */
export function formatAllowedHost(host: AllowedHost): string {
  return host.port === undefined ? host.hostname : `${host.hostname}:${host.port}`;
}

/**
 * Returns the absolute URL that a remote `$ref` names, or undefined when it is no valid URL.
 * A scheme-relative `//host/path` takes `https:` in a local file and the scheme of `base` in a
 * fetched document.
 */
export function remoteUrlOf(ref: string, base?: string): URL | undefined {
  try {
    if (base !== undefined) return new URL(ref, base);
    return new URL(ref.startsWith('//') ? `https:${ref}` : ref);
  } catch {
    return undefined;
  }
}

/**
 * Returns whether `hostname` always names this machine: `localhost`, 127.0.0.0/8 or `::1`.
 * Plain http is fetched only from such hosts, because a request to them never leaves the machine,
 * so nobody on the network can read or replace the document on its way.
 */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function effectivePort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'http:' ? 80 : 443;
}

/** Returns why `url` may not be fetched under `allowedHosts`, or undefined when it may. */
export function refusalOf(url: URL, allowedHosts: readonly AllowedHost[]): RemoteRefRefusal | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'unsupported-scheme';
  const allowed = allowedHosts.some(
    (host) => host.hostname === url.hostname && (host.port === undefined || host.port === effectivePort(url)),
  );
  if (!allowed) return 'host-not-allowed';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'insecure-http';
  return undefined;
}

/** Returns `url` without its fragment: the identity of the document it names. */
export function documentUrlOf(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}
