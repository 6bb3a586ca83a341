import { compareFindings, type Finding } from '../findings.js';
import { describeLimit } from '../suppress/limits.js';
import type { Reporter } from './types.js';

function toJson(finding: Finding, baselined: boolean) {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    file: finding.location.file,
    pointer: finding.location.pointer,
    line: finding.location.line ?? 1,
    column: finding.location.column ?? 1,
    baselined,
  };
}

/**
 * Findings, exceeded limits and counts as JSON, stable for `jq` and other tools. Baselined findings
 * are listed with `"baselined": true`; the severity counts of the summary leave them out.
 */
export const json: Reporter = (report) => {
  const summary = {
    files: report.fileCount,
    errors: 0,
    warnings: 0,
    infos: 0,
    suppressed: report.suppressedCount,
    baselined: report.baselined.length,
    durationMs: Math.round(report.durationMs),
  };
  for (const finding of report.findings) {
    if (finding.severity === 'error') summary.errors += 1;
    else if (finding.severity === 'warn') summary.warnings += 1;
    else summary.infos += 1;
  }
  const baselined = new Set(report.baselined);
  const findings = [...report.findings, ...report.baselined]
    .sort(compareFindings)
    .map((finding) => toJson(finding, baselined.has(finding)));
  const limits = report.limits.map((breach) => ({
    ruleId: breach.ruleId,
    count: breach.count,
    max: breach.max,
    message: describeLimit(breach),
  }));
  return JSON.stringify({ findings, limits, summary }, null, 2) + '\n';
};
