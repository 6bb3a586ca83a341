import { createHash } from 'node:crypto';
import type { Severity } from '../findings.js';
import type { Reporter } from './types.js';

const SEVERITIES: Record<Severity, string> = { error: 'major', warn: 'minor', info: 'info' };

/**
 * The Code Climate issue list that GitLab reads as a code quality report. The fingerprint hashes
 * rule, file, pointer and message, so it survives edits that only move lines.
 */
export const codeclimate: Reporter = (report) => {
  const issues = report.findings.map((finding) => ({
    type: 'issue',
    check_name: finding.ruleId,
    description: finding.message,
    categories: ['Style'],
    severity: SEVERITIES[finding.severity],
    fingerprint: createHash('sha256')
      .update([finding.ruleId, finding.location.file, finding.location.pointer, finding.message].join('\0'))
      .digest('hex'),
    location: {
      path: finding.location.file,
      positions: { begin: { line: finding.location.line ?? 1, column: finding.location.column ?? 1 } },
    },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
};
