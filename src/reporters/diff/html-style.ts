import type { ChangeLevel } from '../../diff/types.js';

/** Background colour of each level badge; white text on each passes WCAG AA contrast. */
export const BADGE_COLOURS: Record<ChangeLevel, string> = { breaking: '#b42318', warning: '#b54708', info: '#175cd3' };

/** The style sheet of the HTML report, inlined so that the page needs no other file and prints in colour. */
export const HTML_STYLE = `
:root { color-scheme: light; }
html { font-size: 15px; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 72rem; padding: 2rem; font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1d2939; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #d0d5dd; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
code { font: .9em/1.3 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; background: #f2f4f7; padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
.compared { color: #475467; margin: 0 0 1.25rem; }
.verdict { font-weight: 600; margin: 0 0 1rem; }
.verdict.fails { color: ${BADGE_COLOURS.breaking}; }
.verdict.passes { color: #067647; }
.approvers { margin: 0 0 1rem; padding: .5rem .9rem; border: 1px solid ${BADGE_COLOURS.breaking}; border-radius: 6px; background: #fef3f2; }
.meta { margin: -.25rem 0 .75rem; color: #475467; font-size: .9rem; }
h2 + .meta { margin-top: -.5rem; }
.counts { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0 0 1.25rem; padding: 0; list-style: none; }
.counts li { min-width: 8.5rem; padding: .6rem .9rem; border: 1px solid #d0d5dd; border-left-width: 6px; border-radius: 6px; }
.counts strong { display: block; font-size: 1.6rem; line-height: 1.1; }
.counts .breaking { border-left-color: ${BADGE_COLOURS.breaking}; }
.counts .warning { border-left-color: ${BADGE_COLOURS.warning}; }
.counts .info { border-left-color: ${BADGE_COLOURS.info}; }
.counts .waived { border-left-color: #067647; }
.counts .expired { border-left-color: #7a271a; }
.counts .freeze { border-left-color: #5925dc; }
table { border-collapse: collapse; margin: 0 0 1rem; }
th, td { border: 1px solid #d0d5dd; padding: .3rem .7rem; text-align: left; }
th { background: #f2f4f7; }
td.yes { color: #067647; font-weight: 600; }
td.no { color: ${BADGE_COLOURS.breaking}; font-weight: 600; }
.change { border: 1px solid #d0d5dd; border-left: 6px solid #d0d5dd; border-radius: 6px; padding: .6rem .9rem; margin: 0 0 .75rem; break-inside: avoid; page-break-inside: avoid; }
.change.breaking { border-left-color: ${BADGE_COLOURS.breaking}; }
.change.warning { border-left-color: ${BADGE_COLOURS.warning}; }
.change.info { border-left-color: ${BADGE_COLOURS.info}; }
.change-head { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; }
.badge, .flag { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 700; letter-spacing: .02em; text-transform: uppercase; }
.badge { color: #fff; }
.badge.breaking { background: ${BADGE_COLOURS.breaking}; }
.badge.warning { background: ${BADGE_COLOURS.warning}; }
.badge.info { background: ${BADGE_COLOURS.info}; }
.flag { border: 1px solid currentColor; background: #fff; }
.flag.waived { color: #067647; }
.flag.expired { color: #7a271a; }
.flag.freeze { color: #5925dc; }
.freeze-reason { color: #5925dc; font-size: .85rem; }
.message { margin: .4rem 0 .2rem; font-weight: 600; }
.why { margin: 0 0 .4rem; color: #475467; }
.where { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: 0; font-size: .9rem; }
.where dt { color: #475467; }
.where dd { margin: 0; }
.waiver { margin: .4rem 0 0; font-size: .9rem; }
details.more { display: inline; }
details.more summary { display: inline; cursor: pointer; color: #175cd3; margin-left: .4rem; }
details.more[open] summary { display: block; margin-left: 0; }
.compatibility summary { cursor: pointer; margin: 0 0 .5rem; }
.empty { color: #475467; }
@page { margin: 14mm; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
}
`;
