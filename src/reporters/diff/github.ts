import type { Change, ChangeLevel } from '../../diff/types.js';
import { isFailing, isWaived, primaryLocation, sortedChanges } from './common.js';
import type { DiffReporter } from './types.js';

const COMMANDS: Record<ChangeLevel, string> = { breaking: 'error', warning: 'warning', info: 'notice' };

// Workflow commands need `%`, CR and LF escaped in the message, and `,` and `:` too in properties.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotationText(change: Change): string {
  const lines = [change.message, `Why: ${change.why}`];
  if (change.usedBy !== undefined && change.usedBy.length > 0) lines.push(`Used by: ${change.usedBy.join(', ')}`);
  if (change.waiver !== undefined) {
    const { approver, reason, expires, expired } = change.waiver;
    lines.push(expired ? `The waiver by ${approver} expired on ${expires}: ${reason}` : `Waived by ${approver} until ${expires}: ${reason}`);
  }
  if (change.freeze !== undefined) lines.push(`Inside freeze window ${change.freeze.id} (${change.freeze.start} to ${change.freeze.end})`);
  return lines.join('\n');
}

/**
 * GitHub Actions workflow commands, one annotation per change on its revision location (or its
 * base location when the revision lacks the element). Breaking changes and changes whose waiver
 * has expired are errors; a valid waiver turns a breaking change into a warning.
 */
export const github: DiffReporter = (result) =>
  sortedChanges(result)
    .map((change) => {
      let command = COMMANDS[change.level];
      if (isFailing(change)) command = 'error';
      else if (change.level === 'breaking' && isWaived(change)) command = 'warning';
      const location = primaryLocation(change);
      const properties = [
        ...(location === undefined ? [] : [`file=${escapeProperty(location.file)}`, `line=${location.line}`, `col=${location.column}`]),
        `title=${escapeProperty(change.id)}`,
      ].join(',');
      return `::${command} ${properties}::${escapeData(annotationText(change))}\n`;
    })
    .join('');
