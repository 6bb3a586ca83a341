import path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { Contract } from '../contracts/types.js';
import { toPointer, type Finding, type Severity } from '../findings.js';
import { relativePath } from '../workspace/source.js';

/** Starts the error that the document resolver raises instead of fetching a remote `$ref`. */
export const REMOTE_REF_NOT_FETCHED = 'remote $ref not fetched';

/** Returns whether `location` is an http or https URL, as fetched documents are named. */
export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Spectral's DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint. */
const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info', 'info'];

/**
 * Turns Spectral results on one contract into findings: the rule id as Spectral names it, the
 * file relative to the workspace root (or the URL of a fetched document) and a JSON pointer built
 * from Spectral's path. Line and column are left for the lint pipeline to fill in from its own
 * parse of the file.
 *
 * Spectral reports each `$ref` it could not resolve as `invalid-ref`. Those that the built-in
 * reference rules already report (remote and broken references) are dropped.
 */
export function toFindings(results: readonly ISpectralDiagnostic[], contract: Contract, root: string): Finding[] {
  const unfollowed = new Set(contract.unfollowedRefs.map((ref) => `${ref.file}\0${ref.pointer}`));
  const findings: Finding[] = [];
  for (const result of results) {
    const file = fileOf(result.source, contract, root);
    const pointer = toPointer(result.path);
    if (result.code === 'invalid-ref' && (result.message.startsWith(REMOTE_REF_NOT_FETCHED) || unfollowed.has(`${file}\0${pointer}`))) continue;
    findings.push({
      ruleId: String(result.code),
      messageId: 'spectral',
      message: result.message,
      severity: SEVERITIES[result.severity] ?? 'info',
      location: { file, pointer },
    });
  }
  return findings;
}

/** Names the file of a result as the contract's files are named: a fetched document by its URL. */
function fileOf(source: string | null | undefined, contract: Contract, root: string): string {
  if (source === undefined || source === null) return contract.source.path;
  return isUrl(source) ? source : relativePath(root, path.resolve(source));
}
