/**
 * The HTML report: one self-contained file with inline CSS and SVG charts (latency distribution
 * per workflow, backlog over time, fault timeline) and no script or external resource. Every
 * string from the estate or the scenario is escaped.
 */
import { parseDuration } from '../../model/units.js';
import type { SimulationReport, WorkflowReport } from '../result.js';
import { formatCount, formatShare, formatTime, rejectedCell, rejectedNote } from './format.js';
import { escapeXml as escape, latencyChart, lineChart, timelineChart, type Marker } from './svg.js';

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #1d1d1f; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.verdict { display: inline-block; padding: .3rem .8rem; border-radius: 4px; font-weight: 600; color: #fff; }
.passed { background: #1a7f37; } .failed { background: #cf222e; } .unproven { background: #9a6700; } .warning { background: #fff4d4; border: 1px solid #d4a72c; padding: .5rem; }
.ok { color: #1a7f37; } .bad { color: #cf222e; font-weight: 600; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; } figure { margin: 0; } figcaption { font-weight: 600; }
svg { background: #fafafa; border: 1px solid #ddd; } svg text { font: 11px system-ui, sans-serif; fill: #444; }
.axis { stroke: #888; } .grid { stroke: #e4e4e4; } .bar { fill: #4c78a8; } .fault { fill: #e45756; opacity: .75; } .window { fill: #e45756; opacity: .15; }
.marker { stroke-width: 1.5; stroke-dasharray: 4 3; } line.sla { stroke: #cf222e; } line.percentile { stroke: #444; } line.end { stroke: #9a6700; }
svg text.sla { fill: #cf222e; } svg text.end { fill: #9a6700; } svg text.unit { fill: #777; font-style: italic; }
.inflight { fill: none; stroke: #4c78a8; stroke-width: 1.5; } .deadlettered { fill: none; stroke: #e45756; stroke-width: 1.5; }
pre { background: #f6f8fa; padding: .75rem; overflow: auto; }
`;

function cell(text: string | number, numeric = false): string {
  return `<td${numeric ? ' class="number"' : ''}>${escape(String(text))}</td>`;
}

function invariantsSection(report: SimulationReport): string {
  const rows = report.invariants.map((invariant) => {
    const status = invariant.passed ? '<td class="ok">held</td>' : `<td class="bad">${escape(formatCount(invariant.violationCount))} violations</td>`;
    const details = invariant.violations.slice(0, 5).map((violation) => `<li>${escape(`${formatTime(violation.time)}: ${violation.message}`)}</li>`).join('');
    return `<tr>${cell(invariant.id)}${status}${cell(formatCount(invariant.checked), true)}<td>${escape(invariant.description)}${details === '' ? '' : `<ul>${details}</ul>`}</td></tr>`;
  });
  return `<h2>Invariants</h2><table><tr><th>invariant</th><th>result</th><th class="number">checks</th><th>what it means</th></tr>${rows.join('')}</table>`;
}

/** Percentile and SLA target lines for a workflow's latency chart. */
function markersOf(workflow: WorkflowReport): Marker[] {
  const markers: Marker[] = [];
  if (workflow.latency.p95 !== null) markers.push({ label: 'p95', value: workflow.latency.p95, className: 'percentile' });
  if (workflow.latency.p99 !== null) markers.push({ label: 'p99', value: workflow.latency.p99, className: 'percentile' });
  for (const target of workflow.sla?.targets ?? []) markers.push({ label: `SLA ${target.percentile}`, value: target.target, className: 'sla' });
  return markers;
}

function workflowsSection(report: SimulationReport): string {
  const rows = report.workflows.map((workflow) => {
    let sla = escape(workflow.sla === null ? 'no SLA' : 'no traffic');
    if (workflow.sla !== null && workflow.slaMet !== null) {
      sla = workflow.sla.targets.map((target) => {
        const text = escape(`${target.percentile} ${formatTime(target.measured)} / ${formatTime(target.target)}`);
        return target.met ? `<span class="ok">${text}</span>` : `<span class="bad">${text} missed</span>`;
      }).join(', ');
    }
    sla += escape(rejectedNote(workflow));
    const { latency, instances } = workflow;
    const turnedAway = workflow.rejected === 0 ? cell('0', true) : `<td class="number bad">${escape(rejectedCell(workflow))}</td>`;
    return `<tr>${cell(workflow.id)}${cell(formatCount(workflow.offered), true)}${cell(formatCount(workflow.accepted), true)}${turnedAway}${cell(formatCount(instances.completed), true)}${cell(formatCount(instances.failed), true)}${cell(formatTime(latency.p50), true)}${cell(formatTime(latency.p95), true)}${cell(formatTime(latency.p99), true)}${cell(formatTime(latency.max), true)}<td>${sla}</td>${cell(formatShare(workflow.sla?.withinMax ?? null), true)}</tr>`;
  });
  const charts = report.workflows.map((workflow) =>
    `<figure><figcaption>${escape(workflow.id)}: latency distribution</figcaption>${latencyChart(`Latency distribution of ${workflow.id}`, workflow.distribution, markersOf(workflow))}</figure>`);
  return `<h2>Workflows</h2><table><tr><th>workflow</th><th class="number">offered</th><th class="number">accepted</th><th class="number">turned away</th><th class="number">completed</th><th class="number">failed</th><th class="number">p50</th><th class="number">p95</th><th class="number">p99</th><th class="number">max</th><th>SLA (measured / target)</th><th class="number">within max</th></tr>${rows.join('')}</table><div class="charts">${charts.join('')}</div>`;
}

function stepsSection(report: SimulationReport): string {
  const rows = report.workflows.flatMap((workflow) => workflow.steps.map((step) =>
    `<tr>${cell(`${workflow.id}/${step.id}`)}${cell(`${step.from} → ${step.to}`)}${cell(formatTime(step.latency.p50), true)}${cell(formatTime(step.latency.p99), true)}${cell(formatCount(step.attempts), true)}${cell(step.retryAmplification === null ? '–' : `×${step.retryAmplification.toFixed(2)}`, true)}${cell(formatCount(step.duplicatesSuppressed), true)}${cell(formatCount(step.duplicateApplications), true)}${cell(formatCount(step.deadLettered), true)}${cell(formatCount(step.lost), true)}</tr>`));
  return `<h2>Steps</h2><table><tr><th>step</th><th>call</th><th class="number">p50</th><th class="number">p99</th><th class="number">attempts</th><th class="number">amplification</th><th class="number">duplicates suppressed</th><th class="number">applied twice</th><th class="number">dead-lettered</th><th class="number">lost</th></tr>${rows.join('')}</table>`;
}

function operationsSection(report: SimulationReport): string {
  const deadLetters = report.deadLetters.map((entry) =>
    `<tr>${cell(entry.queue)}${cell(entry.exceptionClass)}${entry.owner === null ? '<td class="bad">no owner</td>' : cell(entry.owner)}${cell(`${entry.workflow}/${entry.step}`)}${cell(formatCount(entry.count), true)}${cell(formatCount(entry.replayed), true)}${cell(formatCount(entry.remaining), true)}</tr>`);
  const systems = report.systems.map((system) =>
    `<tr>${cell(system.id)}${cell(formatCount(system.calls), true)}${cell(system.retryAmplification === null ? '–' : `×${system.retryAmplification.toFixed(2)}`, true)}${cell(formatCount(system.peakCallsPerSecond), true)}${cell(system.limitPerSecond === null ? '–' : formatCount(system.limitPerSecond), true)}${cell(formatCount(system.throttled), true)}${cell(formatCount(system.rateLimited.rejected + system.rateLimited.queued + system.rateLimited.dropped), true)}</tr>`);
  const { backlog } = report;
  const length = Math.max(report.totals.simulatedTime, 1);
  const windows = report.faults.map((fault) => ({
    label: `${fault.label} (struck ${formatCount(fault.struck)})`,
    start: fault.start,
    end: fault.end ?? length,
  }));
  const trafficEnd = parseDuration(report.scenario.duration);
  const marks = trafficEnd === undefined ? [] : [{ label: 'end of traffic', time: trafficEnd }];
  const backlogChart = lineChart('Backlog over time', backlog.interval, [
    { name: 'messages in flight', className: 'inflight', values: backlog.samples.map((sample) => sample.inFlight) },
    { name: 'waiting in dead-letter queues', className: 'deadlettered', values: backlog.samples.map((sample) => sample.deadLettered) },
  ], { windows, marks });
  const faultChart = timelineChart('Fault timeline', length, windows, marks);
  const drained = backlog.timeToDrain === null ? 'not drained within the drain limit' : `drained ${formatTime(backlog.timeToDrain)} after the traffic ended`;
  return [
    '<h2>Dead letters</h2>',
    deadLetters.length === 0 ? '<p>None.</p>' : `<table><tr><th>queue</th><th>exception class</th><th>owner</th><th>step</th><th class="number">count</th><th class="number">replayed</th><th class="number">left</th></tr>${deadLetters.join('')}</table>`,
    '<h2>Systems</h2>',
    `<table><tr><th>system</th><th class="number">calls</th><th class="number">retry amplification</th><th class="number">peak calls/s</th><th class="number">limit/s</th><th class="number">throttled</th><th class="number">rate-limited</th></tr>${systems.join('')}</table>`,
    '<h2>Backlog and faults</h2>',
    `<p>Peak backlog ${escape(formatCount(backlog.peak))} messages at ${escape(formatTime(backlog.peakAt))}; ${escape(drained)}.</p>`,
    `<div class="charts"><figure><figcaption>Backlog over time (blue: messages not yet settled; red: of those, waiting in dead-letter queues for a replay; shaded: fault windows; dashed: end of traffic)</figcaption>${backlogChart}</figure>`,
    `<figure><figcaption>Fault timeline</figcaption>${faultChart}</figure></div>`,
  ].join('\n');
}

function coverageSection(report: SimulationReport): string {
  const rows = report.coverage.paths.map((path) => `<tr>${cell(path.id)}${cell(formatCount(path.count), true)}${cell(path.description)}</tr>`);
  const warning = report.conclusive ? ''
    : '<p class="warning">No fault struck, or no recovery path ran, in this run: a pass proves nothing about the policies.</p>';
  return `<h2>Coverage</h2>${warning}<table><tr><th>path</th><th class="number">count</th><th>meaning</th></tr>${rows.join('')}</table>`;
}

export function renderHtml(report: SimulationReport): string {
  const title = `retailgov simulate: ${report.estate.name ?? 'estate'}`;
  let verdict = '<span class="verdict failed">FAILED</span>';
  if (report.passed) {
    verdict = report.conclusive ? '<span class="verdict passed">PASSED</span>'
      : '<span class="verdict unproven">PASSED, but no fault exercised</span>';
  }
  const unproven = report.passed && !report.conclusive
    ? '<p class="warning">Every check held, but no fault struck or no recovery path ran, so this pass proves nothing about the retry, dead-letter and rate-limit policies. Add faults to the scenario.</p>'
    : '';
  const shrunk = report.shrunk === undefined ? ''
    : `<h2>Minimal failing scenario</h2><p>Fails ${escape(report.shrunk.invariant)}; found in ${escape(formatCount(report.shrunk.runs))} runs${report.shrunk.budgetExhausted ? ', when the run budget ran out, so a smaller one may exist' : ''}.</p><pre>${escape(JSON.stringify(report.shrunk.scenario, null, 2))}</pre>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escape(title)}</h1>`,
    `<p>${verdict} Scenario ${escape(report.scenario.name ?? 'unnamed')}, seed ${report.seed}, ${escape(report.scenario.duration)} of traffic; retailgov ${escape(report.version)}; estate digest <code>${escape(report.estate.digest)}</code>.</p>`,
    unproven,
    `<p>${escape(formatCount(report.totals.requests))} requests, ${escape(formatCount(report.totals.routedMessages))} messages routed, ${escape(formatCount(report.totals.calls))} calls.</p>`,
    invariantsSection(report),
    workflowsSection(report),
    operationsSection(report),
    stepsSection(report),
    coverageSection(report),
    shrunk,
    `<h2>Scenario</h2><pre>${escape(JSON.stringify(report.scenario, null, 2))}</pre>`,
    '</body></html>',
    '',
  ].join('\n');
}
