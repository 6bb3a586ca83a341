import path from 'node:path';
import { UsageError } from '../../errors.js';
import { isAtLeast, SEVERITIES, type Severity } from '../../findings.js';
import { applySuppressions } from '../../lint/apply.js';
import type { LintResult } from '../../lint/lint.js';
import { lintTargets } from '../../lint/many.js';
import { REPORTERS, type LintReport } from '../../reporters/index.js';
import { RULES } from '../../rules/registry.js';
import { chooseRuleset } from '../../spectral/load-ruleset.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { configAnchor, parseThreads, targetNotes } from '../lint-targets.js';
import type { CommandResult, Output } from '../output.js';
import { parseReportRequests } from '../report-requests.js';
import { remoteFetcherFrom, type RemoteRefFlags } from '../remote-options.js';
import { baselineOutputs, checkConfiguredRuleIds, loadLintConfig, planBaseline, type SuppressionFlags } from '../suppression.js';
import { VERSION } from '../version.js';

export interface LintCommandOptions extends SuppressionFlags, RemoteRefFlags {
  /** Format names, each optionally followed by `:FILE`. */
  format: string[];
  output?: string;
  failSeverity: string;
  root?: string;
  /** Spectral ruleset file, relative to the working folder. */
  ruleset?: string;
  /** Hidden `--jobs N`: worker threads to use, 1 for none; by default chosen from the amount of input. */
  jobs?: string;
}

function parseSeverity(value: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new UsageError(`invalid --fail-severity '${value}'; use one of ${SEVERITIES.join(', ')}`);
  }
  return value as Severity;
}

/**
 * Lints workspace folders, contract files, folders of contracts and quoted patterns as one run and
 * returns the reports and exit code. Invalid targets are reported on stderr while the others are
 * linted; any of them makes the exit code 2.
 */
export async function runLintCommand(targets: string[], options: LintCommandOptions, io: CliIo): Promise<CommandResult> {
  const requests = parseReportRequests(options.format, options.output, REPORTERS, 'stylish', io.cwd);
  const threshold = parseSeverity(options.failSeverity);
  const started = performance.now();
  const paths = targets.length === 0 ? ['.'] : targets;
  const absoluteTarget = configAnchor(paths, io.cwd);
  const config = loadLintConfig(absoluteTarget, options, io.cwd);
  const ruleset = chooseRuleset({ flag: options.ruleset, configured: config.ruleset, target: absoluteTarget, cwd: io.cwd });
  await checkConfiguredRuleIds(config, RULES.map((rule) => rule.id), ruleset.file);
  const run = await lintTargets(paths, {
    cwd: io.cwd,
    root: options.root === undefined ? undefined : path.resolve(io.cwd, options.root),
    severities: config.rules,
    ruleset: ruleset.file,
    remote: remoteFetcherFrom(options, config.allowRemoteRefs),
    threads: parseThreads(options.jobs),
  });
  const notes = targetNotes(run);
  if (run.lintedCount === 0 && run.invalid.length > 0) return { exitCode: EXIT.invalid, outputs: notes };
  // Each job has already dropped the findings that `x-retailgov-ignore` hides, and counted them.
  const result: LintResult = { target: paths.join(' '), kind: 'workspace', findings: run.findings, files: [] };
  const baseline = planBaseline(options, config, io.cwd);
  const outcome = applySuppressions(result, {
    baseline: baseline?.entries,
    updateBaseline: baseline?.update,
    maxFindings: config.maxFindings,
    config: config.source,
  });
  const report: LintReport = {
    findings: outcome.findings,
    baselined: outcome.baselined,
    suppressedCount: outcome.suppressedCount + run.suppressedCount,
    baselineFile: baseline?.displayPath,
    limits: outcome.limits,
    fileCount: run.fileCount,
    rules: RULES,
    durationMs: performance.now() - started,
    toolVersion: VERSION,
  };
  const outputs = requests.map((request): Output => {
    const color = request.output === 'stdout' && io.stdout.isTTY === true && process.env.NO_COLOR === undefined;
    return { target: request.output, text: request.reporter(report, { color }) };
  });
  outputs.unshift(...baselineOutputs(baseline, outcome));
  if (ruleset.note !== undefined) outputs.unshift({ target: 'stderr', text: ruleset.note });
  outputs.unshift(...notes);
  const failed = outcome.findings.some((finding) => isAtLeast(finding.severity, threshold)) || outcome.limits.length > 0;
  if (run.invalid.length > 0) return { exitCode: EXIT.invalid, outputs };
  return { exitCode: failed ? EXIT.findings : EXIT.ok, outputs };
}
