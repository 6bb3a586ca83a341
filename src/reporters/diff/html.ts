import type { Change, DiffResult, DiffSummary } from '../../diff/types.js';
import {
  changesByContract, compareText, compatibilityRows, contractSides, groupBy, hasUnwaivedBreaking, isFailing, plural, versionText,
} from './common.js';
import { changeArticle, escapeHtml } from './html-change.js';
import { HTML_STYLE } from './html-style.js';
import type { DiffReporter } from './types.js';

const NO_SYSTEM = 'No declared system';

function codeList(items: readonly string[]): string {
  const codes = items.map((item) => `<code>${escapeHtml(item)}</code>`);
  return codes.length <= 1 ? codes.join('') : `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`;
}

/** The verdict, who must approve the breaking changes that remain, and the counts. */
function summarySection(result: DiffResult): string[] {
  const summary: DiffSummary = result.summary;
  const failing = result.changes.filter(isFailing).length;
  const lines = [
    failing > 0
      ? `<p class="verdict fails">${plural(failing, 'change')} ${failing === 1 ? 'blocks' : 'block'} the release: breaking without a valid waiver, or with an expired waiver.</p>`
      : '<p class="verdict passes">No breaking change without a valid waiver, and no expired waiver.</p>',
  ];
  const approvers = result.breakingChangeApprovers ?? [];
  if (approvers.length > 0 && hasUnwaivedBreaking(result)) {
    lines.push(`<p class="approvers">Breaking changes without a valid waiver need the approval of ${codeList(approvers)}, the estate's breaking-change approvers.</p>`);
  }
  lines.push(
    '<ul class="counts">',
    `<li class="breaking"><strong>${summary.breaking}</strong>breaking</li>`,
    `<li class="warning"><strong>${summary.warning}</strong>${summary.warning === 1 ? 'warning' : 'warnings'}</li>`,
    `<li class="info"><strong>${summary.info}</strong>info</li>`,
    `<li class="waived"><strong>${summary.waived}</strong>waived</li>`,
    `<li class="expired"><strong>${summary.expiredWaivers}</strong>${summary.expiredWaivers === 1 ? 'expired waiver' : 'expired waivers'}</li>`,
    `<li class="freeze"><strong>${summary.inFreeze}</strong>in a freeze window</li>`,
    '</ul>',
  );
  return lines;
}

/** Renders the model compatibility table, folded away when every model is fully compatible. */
function compatibilitySection(summary: DiffSummary): string[] {
  const models = compatibilityRows(summary);
  if (models.length === 0) return [];
  const cell = (value: boolean) => (value ? '<td class="yes">yes</td>' : '<td class="no">no</td>');
  const table = [
    '<table class="compatibility">',
    '<thead><tr><th>model</th><th>backward</th><th>forward</th><th>full</th></tr></thead>',
    '<tbody>',
    ...models.map(([model, c]) => `<tr><td><code>${escapeHtml(model)}</code></td>${cell(c.backward)}${cell(c.forward)}${cell(c.full)}</tr>`),
    '</tbody>',
    '</table>',
  ];
  const lines = ['<section class="compatibility">', '<h2>Canonical model compatibility</h2>'];
  if (models.every(([, compatibility]) => compatibility.full)) {
    lines.push('<details>', `<summary>${models.length === 1 ? 'The model is' : `All ${models.length} models are`} fully compatible</summary>`, ...table, '</details>');
  } else {
    lines.push(...table);
  }
  lines.push('</section>');
  return lines;
}

/** Heading and description of one contract's changes: its title and version, and its file on each side. */
function contractHeading(contract: string, changes: Change[], result: DiffResult, level: 'h2' | 'h3'): string[] {
  const sides = contractSides(contract, result);
  const info = sides.revision ?? sides.base;
  const count = `(${plural(changes.length, 'change')})`;
  // Two contract files are named by their title, since their paths differ; estate contracts by id.
  const heading = result.compared === 'contracts' && info?.title !== undefined
    ? `Contract ${escapeHtml(info.title)} ${count}`
    : `Contract <code>${escapeHtml(contract)}</code>${info?.title === undefined ? '' : ` ${escapeHtml(info.title)}`} ${count}`;
  const facts: string[] = [];
  const version = versionText(sides);
  if (version !== undefined) facts.push(`version ${escapeHtml(version)}`);
  const baseFile = sides.base?.file;
  const revisionFile = sides.revision?.file;
  // Estate contracts are matched by id, and their paths differ by the estate folder alone.
  if (result.compared === 'contracts' && baseFile !== undefined && revisionFile !== undefined && baseFile !== revisionFile) {
    facts.push(`file <code>${escapeHtml(baseFile)}</code> in the base, <code>${escapeHtml(revisionFile)}</code> in the revision`);
  } else if (revisionFile ?? baseFile) {
    facts.push(`file <code>${escapeHtml((revisionFile ?? baseFile)!)}</code>`);
  }
  const lines = [`<${level}>${heading}</${level}>`];
  if (facts.length > 0) lines.push(`<p class="meta">${facts.join(', ')}</p>`);
  return lines;
}

function contractSection(contract: string, changes: Change[], result: DiffResult, level: 'h2' | 'h3'): string[] {
  return ['<section class="contract">', ...contractHeading(contract, changes, result, level), ...changes.flatMap(changeArticle), '</section>'];
}

function systemHeading(system: string, result: DiffResult): string[] {
  if (system === '') return [`<h2>${NO_SYSTEM}</h2>`];
  const info = result.systems?.find((candidate) => candidate.id === system);
  const name = info?.name === undefined ? '' : ` ${escapeHtml(info.name)}`;
  const lines = [`<h2>System <code>${escapeHtml(system)}</code>${name}</h2>`];
  if (info !== undefined) {
    const team = info.ownerName === undefined ? `<code>${escapeHtml(info.owner)}</code>` : `${escapeHtml(info.ownerName)} (<code>${escapeHtml(info.owner)}</code>)`;
    lines.push(`<p class="meta">Owned by ${team}</p>`);
  }
  return lines;
}

// The empty name collects changes of no declared system and goes last.
function compareSystems(a: string, b: string): number {
  if (a === '' || b === '') return Number(a === '') - Number(b === '');
  return compareText(a, b);
}

/** Contract changes grouped by system (name order, undeclared last), then by contract. */
function systemSections(changes: Change[], result: DiffResult): string[] {
  const bySystem = groupBy(changes, (change) => change.system ?? '');
  return [...bySystem.keys()].sort(compareSystems).flatMap((system) => [
    '<section class="system">',
    ...systemHeading(system, result),
    ...[...changesByContract(bySystem.get(system) ?? [], result)].flatMap(([contract, group]) => contractSection(contract, group, result, 'h3')),
    '</section>',
  ]);
}

/** Renders the changes that belong to no contract, such as declaration changes, grouped by file. */
function fileSection(title: string, kind: string, changes: Change[], result: DiffResult): string[] {
  if (changes.length === 0) return [];
  const lines = [`<section class="${kind}">`, `<h2>${title}</h2>`];
  for (const [file, group] of changesByContract(changes, result)) {
    lines.push(`<h3>File <code>${escapeHtml(file)}</code> (${plural(group.length, 'change')})</h3>`, ...group.flatMap(changeArticle));
  }
  lines.push('</section>');
  return lines;
}

function isDeclarationChange(change: Change): boolean {
  return change.area === 'declarations';
}

// In an estate, only the changes of contracts name a contract; the others are of canonical models.
function isModelChange(change: Change): boolean {
  return change.contract === undefined && !isDeclarationChange(change);
}

/**
 * Renders one self-contained HTML page for the governance board: the verdict, the approvers the
 * remaining breaking changes need, the counts, every contract change grouped by system (with its
 * owning team) and contract (with its title and version), then canonical model changes,
 * declaration changes and model compatibility. The page has inline CSS, no script and no external
 * resource, and every value from the contracts is escaped.
 */
export const html: DiffReporter = (result) => {
  const heading = result.compared === 'estates' ? 'Estate changes' : 'Contract changes';
  const title = `${heading}: ${result.base} → ${result.revision}`;
  const dated = result.date === undefined ? '' : ` Run dated <time datetime="${escapeHtml(result.date)}">${escapeHtml(result.date)}</time>.`;
  const declarations = result.changes.filter(isDeclarationChange);
  const models = result.changes.filter(isModelChange);
  const contracts = result.changes.filter((change) => !isDeclarationChange(change) && !isModelChange(change));

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
    `<h1>${heading}</h1>`,
    `<p class="compared">Base <code>${escapeHtml(result.base)}</code> compared with revision <code>${escapeHtml(result.revision)}</code>.${dated}</p>`,
    '</header>',
    '<section class="summary">',
    ...summarySection(result),
    '</section>',
  ];
  if (result.changes.length === 0) lines.push('<p class="empty">No changes.</p>');
  if (result.compared === 'contracts') {
    for (const [contract, group] of changesByContract(contracts, result)) lines.push(...contractSection(contract, group, result, 'h2'));
  } else {
    lines.push(...systemSections(contracts, result));
  }
  lines.push(...fileSection('Canonical model changes', 'models', models, result));
  lines.push(...fileSection('Declaration changes', 'declarations', declarations, result));
  lines.push(...compatibilitySection(result.summary));
  lines.push('</body>', '</html>');
  return lines.join('\n') + '\n';
};
