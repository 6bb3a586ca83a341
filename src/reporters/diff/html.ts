import type { Change, DiffResult, DiffSummary } from '../../diff/types.js';
import { changesByContract, compareText, compatibilityRows, formatLocation, groupBy, isFailing, plural } from './common.js';
import { HTML_STYLE } from './html-style.js';
import type { DiffReporter } from './types.js';

const NO_SYSTEM = 'No declared system';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function summarySection(result: DiffResult): string[] {
  const summary: DiffSummary = result.summary;
  const failing = result.changes.filter(isFailing).length;
  const lines = [
    failing > 0
      ? `<p class="verdict fails">${plural(failing, 'change')} ${failing === 1 ? 'blocks' : 'block'} the release: breaking without a valid waiver, or with an expired waiver.</p>`
      : '<p class="verdict passes">No breaking change without a valid waiver, and no expired waiver.</p>',
    '<ul class="counts">',
    `<li class="breaking"><strong>${summary.breaking}</strong>breaking</li>`,
    `<li class="warning"><strong>${summary.warning}</strong>${summary.warning === 1 ? 'warning' : 'warnings'}</li>`,
    `<li class="info"><strong>${summary.info}</strong>info</li>`,
    `<li class="waived"><strong>${summary.waived}</strong>waived</li>`,
    `<li class="expired"><strong>${summary.expiredWaivers}</strong>${summary.expiredWaivers === 1 ? 'expired waiver' : 'expired waivers'}</li>`,
    `<li class="freeze"><strong>${summary.inFreeze}</strong>in a freeze window</li>`,
    '</ul>',
  ];
  const models = compatibilityRows(summary);
  if (models.length > 0) {
    const cell = (value: boolean) => (value ? '<td class="yes">yes</td>' : '<td class="no">no</td>');
    lines.push('<h2>Canonical model compatibility</h2>', '<table class="compatibility">');
    lines.push('<thead><tr><th>model</th><th>backward</th><th>forward</th><th>full</th></tr></thead>', '<tbody>');
    for (const [model, c] of models) lines.push(`<tr><td><code>${escapeHtml(model)}</code></td>${cell(c.backward)}${cell(c.forward)}${cell(c.full)}</tr>`);
    lines.push('</tbody>', '</table>');
  }
  return lines;
}

function flags(change: Change): string {
  const parts: string[] = [];
  if (change.waiver !== undefined) {
    parts.push(change.waiver.expired ? '<span class="flag expired">waiver expired</span>' : '<span class="flag waived">waived</span>');
  }
  if (change.freeze !== undefined) parts.push(`<span class="flag freeze">freeze ${escapeHtml(change.freeze.id)}</span>`);
  return parts.join(' ');
}

function changeArticle(change: Change): string[] {
  const lines = [
    `<article class="change ${change.level}">`,
    `<div class="change-head"><span class="badge ${change.level}">${change.level}</span> <code>${escapeHtml(change.id)}</code> ${flags(change)}</div>`,
    `<p class="message">${escapeHtml(change.message)}</p>`,
    `<p class="why">${escapeHtml(change.why)}</p>`,
    '<dl class="where">',
  ];
  for (const side of ['revision', 'base'] as const) {
    const location = change[side];
    if (location === undefined) continue;
    const pointer = location.pointer === '' ? '' : ` <code>${escapeHtml(location.pointer)}</code>`;
    lines.push(`<dt>${side}</dt><dd><code>${escapeHtml(formatLocation(location))}</code>${pointer}</dd>`);
  }
  if (change.usedBy !== undefined && change.usedBy.length > 0) {
    lines.push(`<dt>used by</dt><dd>${change.usedBy.map((user) => `<code>${escapeHtml(user)}</code>`).join(', ')}</dd>`);
  }
  if (change.freeze !== undefined) {
    const { id, start, end } = change.freeze;
    lines.push(`<dt>freeze</dt><dd>${escapeHtml(id)}, ${escapeHtml(start)} to ${escapeHtml(end)}</dd>`);
  }
  lines.push('</dl>');
  if (change.waiver !== undefined) {
    const { approver, reason, expires, expired } = change.waiver;
    const state = expired ? 'expired on' : 'valid until';
    lines.push(`<p class="waiver"><strong>Waiver</strong> approved by ${escapeHtml(approver)}, ${state} ${escapeHtml(expires)}: ${escapeHtml(reason)}</p>`);
  }
  lines.push('</article>');
  return lines;
}

// The empty name collects changes of no declared system and goes last.
function compareSystems(a: string, b: string): number {
  if (a === '' || b === '') return Number(a === '') - Number(b === '');
  return compareText(a, b);
}

// Systems in name order with undeclared ones last, then contracts in name order.
function groupedChanges(result: DiffResult): Array<[string, Array<[string, Change[]]>]> {
  const bySystem = groupBy(result.changes, (change) => change.system ?? '');
  const systems = [...bySystem.keys()].sort(compareSystems);
  return systems.map((system) => {
    return [system, [...changesByContract(bySystem.get(system) ?? [], result)]];
  });
}

/**
 * Renders one self-contained HTML page for the governance board: the counts, model compatibility, and
 * every change grouped by system and contract, with its waiver or freeze window. The page has
 * inline CSS, no script and no external resource, and every value from the contracts is escaped.
 */
export const html: DiffReporter = (result) => {
  const title = `Contract changes: ${result.base} → ${result.revision}`;
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Contract changes</h1>',
    `<p class="compared">Base <code>${escapeHtml(result.base)}</code> compared with revision <code>${escapeHtml(result.revision)}</code></p>`,
    '</header>',
    '<section class="summary">',
    ...summarySection(result),
    '</section>',
  ];
  if (result.changes.length === 0) lines.push('<p class="empty">No changes.</p>');
  for (const [system, contracts] of groupedChanges(result)) {
    lines.push('<section class="system">', system === '' ? `<h2>${NO_SYSTEM}</h2>` : `<h2>System <code>${escapeHtml(system)}</code></h2>`);
    for (const [contract, changes] of contracts) {
      // Changes to canonical models and declarations name no contract, so their group is a file.
      const label = changes[0].contract === undefined ? 'File' : 'Contract';
      lines.push('<section class="contract">', `<h3>${label} <code>${escapeHtml(contract)}</code> (${plural(changes.length, 'change')})</h3>`);
      for (const change of changes) lines.push(...changeArticle(change));
      lines.push('</section>');
    }
    lines.push('</section>');
  }
  lines.push('</body>', '</html>');
  return lines.join('\n') + '\n';
};
