import { describeLimit } from '../suppress/limits.js';
import { countBySeverity, groupByFile, plural } from './summary.js';
import type { Reporter } from './types.js';

const ICONS = { error: '❌ error', warn: '⚠️ warning', info: 'ℹ️ info' };

// A table cell ends at `|` and at a line break, and `<` could open HTML in a pull-request comment.
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

/**
 * Formats a Markdown summary for a pull-request comment, with one line per exceeded limit and one
 * table per file. Baselined findings are only counted.
 */
export const markdown: Reporter = (report) => {
  const counts = countBySeverity(report.findings);
  const lines = ['## retailgov lint', ''];
  const accepted = [
    report.suppressedCount > 0 ? `${report.suppressedCount} suppressed` : undefined,
    report.baselined.length > 0 ? `${report.baselined.length} accepted by baseline` : undefined,
  ].filter((part) => part !== undefined);
  const extra = accepted.length === 0 ? '' : ` (${accepted.join(', ')})`;
  lines.push(`${plural(report.fileCount, 'file')}: **${plural(counts.error, 'error')}**, ${plural(counts.warn, 'warning')}, ${counts.info} info${extra}.`);
  if (report.limits.length > 0) lines.push('');
  for (const breach of report.limits) lines.push(`- ❌ limit exceeded: ${escapeCell(describeLimit(breach))}`);
  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push('', `### \`${file.replace(/`/g, "'")}\``, '', '| line | severity | rule | message |', '| ---: | --- | --- | --- |');
    for (const finding of findings) {
      lines.push(`| ${finding.location.line ?? 1}:${finding.location.column ?? 1} | ${ICONS[finding.severity]} | \`${finding.ruleId}\` | ${escapeCell(finding.message)} |`);
    }
  }
  return lines.join('\n') + '\n';
};
