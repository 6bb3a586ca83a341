import { Chalk } from 'chalk';
import type { Change } from '../../diff/types.js';
import { changesByContract, compatibilityRows, contractSides, datedClause, describeCounts, formatLocation, highestLevel, plural, primaryLocation } from './common.js';
import type { DiffReporter } from './types.js';

// Contract text is shown on a terminal: line breaks would split a change's line, and control
// characters could move the cursor or change colours.
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

/** Describes a waiver or freeze window that applies to a change, in brackets after its message. */
function statusTags(change: Change): string[] {
  const tags: string[] = [];
  if (change.waiver !== undefined) {
    const { approver, expires } = change.waiver;
    tags.push(change.waiver.expired ? `waiver by ${approver} expired ${expires}` : `waived by ${approver} until ${expires}`);
  }
  if (change.freeze !== undefined) {
    const { id, start, end, reason } = change.freeze;
    tags.push(`in freeze ${id} (${start} to ${end}${reason === undefined ? '' : `: ${reason}`})`);
  }
  return tags.map((tag) => `[${tag}]`);
}

/**
 * Groups changes by contract, one line per change (location, level, message, id) with its why line,
 * which names the direction, and any users of a shared schema indented below. Ends with a summary
 * line that gives the day the run is dated.
 */
export const text: DiffReporter = (result, options = {}) => {
  const chalk = new Chalk({ level: options.color === true ? 1 : 0 });
  const paint = { breaking: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const changes = result.changes;
  const lines: string[] = [];

  for (const [contract, group] of changesByContract(changes, result)) {
    if (lines.length > 0) lines.push('');
    const system = group[0].system;
    // Two contract files are named by the revision's title, with the path that the waivers match.
    const title = result.compared === 'contracts' ? contractSides(contract, result).revision?.title : undefined;
    const name = title === undefined ? contract : `${title} (${contract})`;
    lines.push(chalk.underline(oneLine(name)) + (system === undefined ? '' : chalk.dim(` (system ${oneLine(system)})`)));
    for (const change of group) {
      const location = primaryLocation(change);
      const where = location === undefined ? '' : oneLine(formatLocation(location));
      const tags = statusTags(change);
      const suffix = tags.length === 0 ? '' : `  ${oneLine(tags.join(' '))}`;
      lines.push(`  ${where}  ${paint[change.level](change.level)}  ${oneLine(change.message)}  ${chalk.dim(change.id)}${suffix}`);
      const direction = change.direction === 'none' ? '' : ` (${change.direction})`;
      lines.push(`      ${chalk.dim(`why${direction}: ${oneLine(change.why)}`)}`);
      if (change.usedBy !== undefined && change.usedBy.length > 0) lines.push(`      ${chalk.dim(`used by: ${oneLine(change.usedBy.join(', '))}`)}`);
    }
  }

  const models = compatibilityRows(result.summary);
  if (models.length > 0) {
    if (lines.length > 0) lines.push('');
    const yesNo = (value: boolean) => (value ? 'yes' : 'no');
    const partial = models.filter(([, compatibility]) => !compatibility.full);
    for (const [model, compatibility] of partial) {
      lines.push(`model ${oneLine(model)}: backward ${yesNo(compatibility.backward)}, forward ${yesNo(compatibility.forward)}, full ${yesNo(compatibility.full)}`);
    }
    const full = models.length - partial.length;
    if (full > 0) lines.push(`${plural(full, partial.length > 0 ? 'other model' : 'model')} fully compatible`);
  }

  if (lines.length > 0) lines.push('');
  const highest = highestLevel(changes);
  const summaryColor = highest === undefined ? chalk.green : paint[highest];
  const counts = changes.length === 0 ? `no changes between ${oneLine(result.base)} and ${oneLine(result.revision)}` : describeCounts(result.summary);
  const dated = datedClause(result);
  lines.push(summaryColor(counts) + (dated === '' ? '' : `, ${dated}`));
  return lines.join('\n') + '\n';
};
