import type { Change, ChangeLevel } from '../../diff/types.js';
import { compatibilityRows, contractOf, datedClause, formatLocation, hasUnwaivedBreaking, plural, primaryLocation, sortedChanges } from './common.js';
import type { DiffReporter } from './types.js';

const ICONS: Record<ChangeLevel, string> = { breaking: '❌ breaking', warning: '⚠️ warning', info: 'ℹ️ info' };

// A table cell ends at `|` and at a line break, and `<` or `&` could open HTML in a pull-request comment.
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

// A code span shows backslashes and entities as written, so only the table's `|`, line breaks and
// the backtick that would end the span early are replaced.
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}

function status(change: Change): string {
  const parts: string[] = [];
  if (change.waiver !== undefined) {
    const { approver, reason, expires, expired } = change.waiver;
    parts.push(expired ? `waiver by ${approver} expired ${expires}: ${reason}` : `waived by ${approver} until ${expires}: ${reason}`);
  }
  if (change.freeze !== undefined) {
    const { id, start, end, reason } = change.freeze;
    parts.push(`in freeze ${id} (${start} to ${end})${reason === undefined ? '' : `: ${reason}`}`);
  }
  if (change.usedBy !== undefined && change.usedBy.length > 0) parts.push(`used by ${change.usedBy.join(', ')}`);
  return escapeCell(parts.join('; '));
}

function changeTable(changes: Change[], contractOfChange: (change: Change) => string): string[] {
  const lines = ['| contract | location | change | direction | message | why | status |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const change of changes) {
    const location = primaryLocation(change);
    const where = location === undefined ? '' : code(formatLocation(location));
    const cells = [
      code(contractOfChange(change)), where, `${ICONS[change.level]} ${code(change.id)}`, change.direction,
      escapeCell(change.message), escapeCell(change.why), status(change),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

/**
 * Formats a pull-request comment: the day the run is dated, a summary table, the approvers that
 * remaining breaking changes need, the breaking changes in full, then warnings and info changes
 * in collapsible sections.
 */
export const markdown: DiffReporter = (result) => {
  const { summary } = result;
  const changes = sortedChanges(result);
  const contractOfChange = (change: Change) => contractOf(change, result);
  const dated = datedClause(result);
  const lines = ['## retailgov diff', '', `${code(result.base)} → ${code(result.revision)}${dated === '' ? '' : `, ${dated}`}`, ''];

  if (changes.length === 0) {
    lines.push('No changes.');
  } else {
    lines.push('| breaking | warning | info | waived | expired waivers | in freeze |', '| ---: | ---: | ---: | ---: | ---: | ---: |');
    lines.push(`| ${summary.breaking} | ${summary.warning} | ${summary.info} | ${summary.waived} | ${summary.expiredWaivers} | ${summary.inFreeze} |`);
  }
  const approvers = result.breakingChangeApprovers ?? [];
  if (approvers.length > 0 && hasUnwaivedBreaking(result)) {
    lines.push('', `Breaking changes without a valid waiver need the approval of ${approvers.map(code).join(', ')}.`);
  }

  const models = compatibilityRows(summary);
  const partial = models.filter(([, compatibility]) => !compatibility.full);
  if (models.length > 0) lines.push('', '### Canonical model compatibility', '');
  if (partial.length > 0) {
    const mark = (value: boolean) => (value ? '✅ yes' : '❌ no');
    lines.push('| model | backward | forward | full |', '| --- | --- | --- | --- |');
    for (const [model, c] of partial) lines.push(`| ${code(model)} | ${mark(c.backward)} | ${mark(c.forward)} | ${mark(c.full)} |`);
  }
  if (models.length > partial.length) {
    const full = models.length - partial.length;
    lines.push(...(partial.length > 0 ? [''] : []), `${plural(full, partial.length > 0 ? 'other model' : 'model')} fully compatible.`);
  }

  const breaking = changes.filter((change) => change.level === 'breaking');
  if (breaking.length > 0) lines.push('', `### ${plural(breaking.length, 'breaking change')}`, '', ...changeTable(breaking, contractOfChange));
  for (const level of ['warning', 'info'] as const) {
    const group = changes.filter((change) => change.level === level);
    if (group.length === 0) continue;
    const title = level === 'warning' ? plural(group.length, 'warning') : `${group.length} info`;
    // GitHub renders Markdown inside <details> only after a blank line.
    lines.push('', '<details>', `<summary>${title}</summary>`, '', ...changeTable(group, contractOfChange), '', '</details>');
  }
  return lines.join('\n') + '\n';
};
