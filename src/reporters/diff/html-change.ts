import type { Change } from '../../diff/types.js';
import { DIRECTION_NOTES, formatLocation } from './common.js';

/** Users of a shared schema shown before the rest are folded away. */
export const USED_BY_SHOWN = 5;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function codeList(items: readonly string[]): string {
  return items.map((item) => `<code>${escapeHtml(item)}</code>`).join(', ');
}

/** Flags after the change id: waiver state, and a freeze window with its reason. */
function flags(change: Change): string {
  const parts: string[] = [];
  if (change.waiver !== undefined) {
    parts.push(change.waiver.expired ? '<span class="flag expired">waiver expired</span>' : '<span class="flag waived">waived</span>');
  }
  if (change.freeze !== undefined) {
    parts.push(`<span class="flag freeze">freeze ${escapeHtml(change.freeze.id)}</span>`);
    if (change.freeze.reason !== undefined) parts.push(`<span class="freeze-reason">${escapeHtml(change.freeze.reason)}</span>`);
  }
  return parts.join(' ');
}

/** Lists the operations or channels a change reaches: the first few, and the rest in a collapsed block with the count. */
function usedByItem(usedBy: readonly string[]): string {
  if (usedBy.length <= USED_BY_SHOWN) return `<dt>used by</dt><dd>${codeList(usedBy)}</dd>`;
  const rest = usedBy.slice(USED_BY_SHOWN);
  return `<dt>used by</dt><dd>${usedBy.length} operations or channels: ${codeList(usedBy.slice(0, USED_BY_SHOWN))}`
    + `<details class="more"><summary>${rest.length} more</summary>${codeList(rest)}</details></dd>`;
}

/** Renders one change: level badge, id, flags, message, why line, direction, locations, users, freeze and waiver. */
export function changeArticle(change: Change): string[] {
  const lines = [
    `<article class="change ${change.level}">`,
    `<div class="change-head"><span class="badge ${change.level}">${change.level}</span> <code>${escapeHtml(change.id)}</code> ${flags(change)}</div>`,
    `<p class="message">${escapeHtml(change.message)}</p>`,
    `<p class="why">${escapeHtml(change.why)}</p>`,
    '<dl class="where">',
    `<dt>direction</dt><dd><code>${change.direction}</code>: ${escapeHtml(DIRECTION_NOTES[change.direction])}</dd>`,
  ];
  for (const side of ['revision', 'base'] as const) {
    const location = change[side];
    if (location === undefined) continue;
    const pointer = location.pointer === '' ? '' : ` <code>${escapeHtml(location.pointer)}</code>`;
    lines.push(`<dt>${side}</dt><dd><code>${escapeHtml(formatLocation(location))}</code>${pointer}</dd>`);
  }
  if (change.usedBy !== undefined && change.usedBy.length > 0) lines.push(usedByItem(change.usedBy));
  if (change.freeze !== undefined) {
    const { id, start, end, reason } = change.freeze;
    const why = reason === undefined ? '' : `: ${escapeHtml(reason)}`;
    lines.push(`<dt>freeze</dt><dd>${escapeHtml(id)}, ${escapeHtml(start)} to ${escapeHtml(end)}${why}</dd>`);
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
