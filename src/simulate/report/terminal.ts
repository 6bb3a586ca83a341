/** The terminal summary of a run: verdict first, then invariants, SLAs, dead letters and coverage. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { SimulationReport, WorkflowReport } from '../result.js';
import { formatCount, formatShare, formatTime, plural, rejectedCell, rejectedNote } from './format.js';

export interface TerminalOptions {
  color: boolean;
  /** The shrunk scenario as written to a file, when the run failed and was shrunk. */
  shrunkText?: string;
  /** File the shrunk scenario was written to, if any. */
  shrunkFile?: string;
}

const SHOWN_VIOLATIONS = 3;

function slaSummary(workflow: WorkflowReport): string {
  if (workflow.sla === null) return 'no SLA';
  if (workflow.slaMet === null) return `${workflow.sla.id}: no traffic`;
  const missed = workflow.sla.targets.filter((target) => !target.met).map((target) => (target.measured === null
    ? `${target.percentile} never reached (target ${formatTime(target.target)})`
    : `${target.percentile} ${formatTime(target.measured)} > ${formatTime(target.target)}`));
  const within = `${formatShare(workflow.sla.withinMax)} within max`;
  const summary = missed.length === 0 ? `met (${within})` : `MISSED ${missed.join(', ')} (${within})`;
  return `${summary}${rejectedNote(workflow)}`;
}

function table(rows: string[][], indent = '  '): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => indent + row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ').trimEnd());
}

function invariantLines(report: SimulationReport, chalk: ChalkInstance): string[] {
  const lines = ['Invariants'];
  for (const invariant of report.invariants) {
    if (invariant.passed) {
      const note = invariant.checked === 0 ? chalk.dim('nothing in this run to check') : chalk.dim(`${formatCount(invariant.checked)} checks`);
      lines.push(`  ${chalk.green('✓')} ${invariant.id.padEnd(28)} ${note}`);
      continue;
    }
    lines.push(`  ${chalk.red('✗')} ${invariant.id.padEnd(28)} ${chalk.red(plural(invariant.violationCount, 'violation'))}`);
    for (const violation of invariant.violations.slice(0, SHOWN_VIOLATIONS)) {
      const where = violation.step === undefined ? '' : `${violation.workflow}/${violation.step}: `;
      lines.push(`      at ${formatTime(violation.time)}  ${where}${violation.message}`);
    }
    if (invariant.violationCount > SHOWN_VIOLATIONS) lines.push(chalk.dim(`      and ${formatCount(invariant.violationCount - SHOWN_VIOLATIONS)} more`));
  }
  return lines;
}

function workflowLines(report: SimulationReport): string[] {
  const rows = [['workflow', 'offered', 'turned away', 'completed', 'p50', 'p95', 'p99', 'max', 'SLA']];
  for (const workflow of report.workflows) {
    const { instances, latency } = workflow;
    const failed = instances.failed > 0 ? ` (${formatCount(instances.failed)} failed)` : '';
    rows.push([workflow.id, formatCount(workflow.offered), rejectedCell(workflow), `${formatCount(instances.completed)}${failed}`, formatTime(latency.p50), formatTime(latency.p95),
      formatTime(latency.p99), formatTime(latency.max), slaSummary(workflow)]);
  }
  return ['Workflows', ...table(rows)];
}

function deadLetterLines(report: SimulationReport): string[] {
  if (report.deadLetters.length === 0) return ['Dead letters: none'];
  const rows = [['queue', 'exception class', 'owner', 'step', 'count', 'replayed', 'left']];
  for (const entry of report.deadLetters) {
    rows.push([entry.queue, entry.exceptionClass, entry.owner ?? 'NO OWNER', `${entry.workflow}/${entry.step}`,
      formatCount(entry.count), formatCount(entry.replayed), formatCount(entry.remaining)]);
  }
  return ['Dead letters', ...table(rows)];
}

function systemLines(report: SimulationReport): string[] {
  const rows = [['system', 'calls', 'retry amplification', 'peak calls/s', 'limit/s', 'throttled', 'rate-limited']];
  for (const system of report.systems) {
    const limited = system.rateLimited.rejected + system.rateLimited.queued + system.rateLimited.dropped;
    rows.push([system.id, formatCount(system.calls), system.retryAmplification === null ? '–' : `×${system.retryAmplification.toFixed(2)}`,
      formatCount(system.peakCallsPerSecond), system.limitPerSecond === null ? '–' : formatCount(system.limitPerSecond),
      formatCount(system.throttled), formatCount(limited)]);
  }
  return ['Systems', ...table(rows)];
}

function coverageLines(report: SimulationReport, chalk: ChalkInstance): string[] {
  const lines = ['Faults'];
  if (report.faults.length === 0) {
    lines.push('  none');
  } else {
    const rows = [['fault', 'window', 'struck']];
    for (const fault of report.faults) {
      rows.push([fault.label, `${formatTime(fault.start)}–${fault.end === null ? 'end' : formatTime(fault.end)}`, formatCount(fault.struck)]);
    }
    lines.push(...table(rows));
  }
  const paths = report.coverage.paths.filter((path) => path.count > 0).map((path) => `${path.id} ${formatCount(path.count)}`);
  lines.push(`Paths taken: ${paths.length === 0 ? 'none' : paths.join(', ')}`);
  if (!report.conclusive) {
    lines.push(chalk.yellow(report.coverage.faultsStruck === 0
      ? 'No fault struck in this run, so no recovery path was tested: a pass proves nothing about the policies.'
      : 'Faults struck, but no recovery path ran (retry, deduplication, resequencing, dead letter or rate limit): a pass proves little about the policies.'));
  }
  return lines;
}

/** Renders the summary; pure, so the CLI decides where it goes. */
export function renderTerminal(report: SimulationReport, options: TerminalOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const { totals, backlog } = report;
  const drained = backlog.timeToDrain === null ? chalk.red('not drained within the drain limit') : `drained ${formatTime(backlog.timeToDrain)} after the traffic ended`;
  const lines = [
    chalk.bold(`retailgov simulate: ${report.estate.name ?? 'estate'}`),
    `Scenario: ${report.scenario.name ?? 'unnamed'}; seed ${report.seed}; ${report.scenario.duration} of traffic; ${drained}`,
    `  ${plural(totals.requests, 'request')}, ${plural(totals.instances, 'instance')}, ${formatCount(totals.routedMessages)} messages routed, ${formatCount(totals.calls)} calls; backlog peak ${formatCount(backlog.peak)} at ${formatTime(backlog.peakAt)}`,
    '',
    ...invariantLines(report, chalk),
    '',
    ...workflowLines(report),
    '',
    ...deadLetterLines(report),
    '',
    ...systemLines(report),
    '',
    ...coverageLines(report, chalk),
    '',
  ];
  const violated = report.invariants.filter((invariant) => !invariant.passed).length;
  const missed = report.workflows.filter((workflow) => workflow.slaMet === false).length;
  if (report.passed && report.conclusive) {
    lines.push(chalk.green(`PASSED: every invariant held and every SLA was met (seed ${report.seed}).`));
  } else if (report.passed) {
    lines.push(chalk.yellow(`PASSED WITHOUT PROOF: every invariant held and every SLA was met, but no fault path was exercised (seed ${report.seed}).`));
  } else {
    lines.push(chalk.red(`FAILED: ${plural(violated, 'invariant')} violated, ${plural(missed, 'SLA')} missed (seed ${report.seed}).`));
    lines.push('Replay this run with --replay on its JSON report (--format json), or with the same scenario and --seed.');
  }
  if (report.shrunk !== undefined && options.shrunkText !== undefined) {
    const target = options.shrunkFile === undefined ? '' : `, written to ${options.shrunkFile}`;
    const found = report.shrunk.budgetExhausted
      ? `found in ${plural(report.shrunk.runs, 'run')}, when the run budget ran out; raise --shrink-runs to shrink further`
      : `found in ${plural(report.shrunk.runs, 'run')}`;
    lines.push('', `Minimal failing scenario for ${report.shrunk.invariant} (${found}${target}):`, '', options.shrunkText.trimEnd());
  }
  return lines.join('\n') + '\n';
}
