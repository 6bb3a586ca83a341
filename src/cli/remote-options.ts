import { createRemoteFetcher, type RemoteFetcher } from '../contracts/remote/fetcher.js';
import {
  DEFAULT_REMOTE_MAX_BYTES,
  DEFAULT_REMOTE_TIMEOUT_MS,
  parseAllowedHost,
  type AllowedHost,
} from '../contracts/remote/policy.js';
import { UsageError } from '../errors.js';
import { parseDuration } from '../model/units.js';

/** The lint options that control remote `$ref` fetching. */
export interface RemoteRefFlags {
  /** `--allow-remote-ref HOST[:PORT]`, repeatable. */
  allowRemoteRef?: string[];
  /** `--remote-ref-timeout`, a duration such as `10s` or `500ms`. */
  remoteRefTimeout?: string;
  /** `--remote-ref-max-size`, such as `10MiB`, `512KiB` or a number of bytes. */
  remoteRefMaxSize?: string;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kib: 1024, mib: 1024 * 1024, gib: 1024 * 1024 * 1024 };

/** Parses a size such as `10MiB`, `512KiB`, `2048B` or `2048` into bytes; undefined when malformed. */
export function parseSize(value: string): number | undefined {
  const match = /^(\d+)\s*(b|kib|mib|gib)?$/i.exec(value.trim());
  if (match === null) return undefined;
  return Number(match[1]) * SIZE_UNITS[(match[2] ?? '').toLowerCase()];
}

/**
 * Builds the fetcher of a run from the flags and the hosts of the configuration's `allowRemoteRefs`,
 * or returns undefined when no host is allowed, so that nothing is fetched. Throws UsageError for
 * a malformed host, duration or size.
 */
export function remoteFetcherFrom(flags: RemoteRefFlags, configuredHosts: readonly string[] = []): RemoteFetcher | undefined {
  const allowedHosts = [...configuredHosts, ...(flags.allowRemoteRef ?? [])].map((entry): AllowedHost => {
    const host = parseAllowedHost(entry);
    if (host === undefined) throw new UsageError(`invalid remote $ref host '${entry}'; write a host name, optionally with a port: schemas.example.com or 127.0.0.1:8080`);
    return host;
  });

  const timeoutMs = flags.remoteRefTimeout === undefined ? DEFAULT_REMOTE_TIMEOUT_MS : parseDuration(flags.remoteRefTimeout);
  if (timeoutMs === undefined || timeoutMs <= 0) {
    throw new UsageError(`invalid --remote-ref-timeout '${flags.remoteRefTimeout}'; write a duration such as 10s or 500ms`);
  }
  const maxBytes = flags.remoteRefMaxSize === undefined ? DEFAULT_REMOTE_MAX_BYTES : parseSize(flags.remoteRefMaxSize);
  if (maxBytes === undefined || maxBytes <= 0) {
    throw new UsageError(`invalid --remote-ref-max-size '${flags.remoteRefMaxSize}'; write a size such as 10MiB, 512KiB or a number of bytes`);
  }
  return allowedHosts.length === 0 ? undefined : createRemoteFetcher({ allowedHosts, timeoutMs, maxBytes });
}
