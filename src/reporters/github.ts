import type { Severity } from '../findings.js';
import { describeLimit, type LimitBreach } from '../suppress/limits.js';
import type { Reporter } from './types.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

// Workflow commands need `%`, CR and LF escaped in the message, and `,` and `:` too in properties.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** An error annotation for an exceeded limit, on the `maxFindings` entry when its place is known. */
function limitCommand(breach: LimitBreach): string {
  const properties = [`title=${escapeProperty('maxFindings')}`];
  if (breach.location !== undefined) {
    properties.unshift(`file=${escapeProperty(breach.location.file)}`, `line=${breach.location.line ?? 1}`, `col=${breach.location.column ?? 1}`);
  }
  return `::error ${properties.join(',')}::${escapeData(describeLimit(breach))}\n`;
}

/**
 * GitHub Actions workflow commands, which show each finding and each exceeded limit as an
 * annotation on the pull request. Baselined findings are left out.
 */
export const github: Reporter = (report) =>
  report.findings
    .map((finding) => {
      const properties = [
        `file=${escapeProperty(finding.location.file)}`,
        `line=${finding.location.line ?? 1}`,
        `col=${finding.location.column ?? 1}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ].join(',');
      return `::${COMMANDS[finding.severity]} ${properties}::${escapeData(finding.message)}\n`;
    })
    .concat(report.limits.map(limitCommand))
    .join('');
