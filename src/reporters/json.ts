import type { Reporter } from './types.js';

/** Findings and counts as JSON, stable for `jq` and other tools. */
export const json: Reporter = (report) => {
  const summary = { files: report.fileCount, errors: 0, warnings: 0, infos: 0, durationMs: Math.round(report.durationMs) };
  for (const finding of report.findings) {
    if (finding.severity === 'error') summary.errors += 1;
    else if (finding.severity === 'warn') summary.warnings += 1;
    else summary.infos += 1;
  }
  const findings = report.findings.map((finding) => ({
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    file: finding.location.file,
    pointer: finding.location.pointer,
    line: finding.location.line ?? 1,
    column: finding.location.column ?? 1,
  }));
  return JSON.stringify({ findings, summary }, null, 2) + '\n';
};
