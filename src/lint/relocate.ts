import type { RemoteOrigin } from '../contracts/types.js';
import type { Finding } from '../findings.js';

/** Collects the origins of the fetched documents of several contracts into one map. */
export function collectRemoteOrigins(contracts: Iterable<{ remoteOrigins: ReadonlyMap<string, RemoteOrigin> }>): Map<string, RemoteOrigin> {
  const origins = new Map<string, RemoteOrigin>();
  for (const contract of contracts) {
    for (const [url, origin] of contract.remoteOrigins) if (!origins.has(url)) origins.set(url, origin);
  }
  return origins;
}

/**
 * Moves each finding located in a fetched document to the local `$ref` that pulled the document
 * in, because reporters and editors can only point into files of the workspace. The message keeps
 * the place in the fetched document, as `(in URL#pointer)`.
 */
export function relocateRemoteFindings(findings: Finding[], origins: ReadonlyMap<string, RemoteOrigin>): Finding[] {
  if (origins.size === 0) return findings;
  return findings.map((finding) => {
    const origin = origins.get(finding.location.file);
    if (origin === undefined) return finding;
    const place = finding.location.pointer === '' ? finding.location.file : `${finding.location.file}#${finding.location.pointer}`;
    return { ...finding, message: `${finding.message} (in ${place})`, location: { file: origin.file, pointer: origin.pointer } };
  });
}
