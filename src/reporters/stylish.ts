import { Chalk } from 'chalk';
import { describeLimit } from '../suppress/limits.js';
import { countBySeverity, plural } from './summary.js';
import type { Reporter } from './types.js';

/**
 * Groups findings by file, one aligned line each, then lists exceeded limits and ends with a
 * one-line summary. Baselined findings are only counted.
 */
export const stylish: Reporter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint = { error: chalk.red, warn: chalk.yellow, info: chalk.blue };
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of report.findings) {
    if (finding.location.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = finding.location.file;
      lines.push(chalk.underline(currentFile));
    }
    const position = `${finding.location.line ?? 1}:${finding.location.column ?? 1}`;
    lines.push(`  ${position.padEnd(9)} ${paint[finding.severity](finding.severity.padEnd(5))}  ${finding.message}  ${chalk.dim(finding.ruleId)}`);
  }
  if (report.limits.length > 0) {
    if (lines.length > 0) lines.push('');
    for (const breach of report.limits) lines.push(chalk.red(describeLimit(breach)));
  }
  const counts = countBySeverity(report.findings);
  if (lines.length > 0) lines.push('');
  const seconds = (report.durationMs / 1000).toFixed(2);
  const parts = [plural(report.fileCount, 'file'), plural(counts.error, 'error'), plural(counts.warn, 'warning'), `${counts.info} info`];
  if (report.suppressedCount > 0) parts.push(`${report.suppressedCount} suppressed`);
  if (report.baselined.length > 0) parts.push(`${report.baselined.length} accepted by baseline`);
  const summary = `${parts.join(', ')} in ${seconds}s`;
  const failed = counts.error > 0 || report.limits.length > 0;
  let summaryColor = chalk.green;
  if (failed) summaryColor = chalk.red;
  else if (counts.warn > 0) summaryColor = chalk.yellow;
  lines.push(summaryColor(summary));
  return lines.join('\n') + '\n';
};
