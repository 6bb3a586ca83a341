import { createHash } from 'node:crypto';
import type { Severity } from '../findings.js';
import { describeLimit, type LimitBreach } from '../suppress/limits.js';
import type { RuleCategory } from '../rules/types.js';
import type { Reporter } from './types.js';

const SEVERITIES: Record<Severity, string> = { error: 'major', warn: 'minor', info: 'info' };

function fingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/**
 * Maps a rule category to a Code Climate category. Contract rules mostly concern documentation and
 * conventions; governance rules concern failures in production.
 */
function categoryOf(category: RuleCategory): string {
  return category === 'contracts' ? 'Style' : 'Bug Risk';
}

/** Builds the issue for an exceeded limit, placed on its `maxFindings` entry in the configuration file. */
function limitIssue(breach: LimitBreach) {
  return {
    type: 'issue',
    check_name: 'maxFindings',
    description: describeLimit(breach),
    categories: ['Style'],
    severity: 'major',
    fingerprint: fingerprint(['maxFindings', breach.ruleId]),
    location: {
      path: breach.location?.file ?? '.retailgov.yaml',
      positions: { begin: { line: breach.location?.line ?? 1, column: breach.location?.column ?? 1 } },
    },
  };
}

/**
 * Formats the Code Climate issue list that GitLab reads as a code quality report, with one issue
 * per finding and per exceeded limit. Baselined findings are left out. The fingerprint hashes
 * rule, file, pointer and message, so it survives edits that only move lines.
 */
export const codeclimate: Reporter = (report) => {
  const categories = new Map(report.rules.map((rule) => [rule.id, categoryOf(rule.meta.category)]));
  const issues = report.findings.map((finding) => ({
    type: 'issue',
    check_name: finding.ruleId,
    description: finding.message,
    categories: [categories.get(finding.ruleId) ?? 'Bug Risk'],
    severity: SEVERITIES[finding.severity],
    fingerprint: fingerprint([finding.ruleId, finding.location.file, finding.location.pointer, finding.message]),
    location: {
      path: finding.location.file,
      positions: { begin: { line: finding.location.line ?? 1, column: finding.location.column ?? 1 } },
    },
  }));
  return JSON.stringify([...issues, ...report.limits.map(limitIssue)], null, 2) + '\n';
};
