import path from 'node:path';
import { UsageError } from '../../errors.js';
import { isAtLeast, SEVERITIES, type Severity } from '../../findings.js';
import { lintTarget } from '../../lint/lint.js';
import { REPORTERS, type LintReport, type Reporter } from '../../reporters/index.js';
import { RULES } from '../../rules/registry.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import type { CommandResult, Output } from '../output.js';
import { VERSION } from '../version.js';

export interface LintCommandOptions {
  /** Format names, each optionally followed by `:FILE`. */
  format: string[];
  output?: string;
  failSeverity: string;
  root?: string;
}

function parseSeverity(value: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new UsageError(`invalid --fail-severity '${value}'; use one of ${SEVERITIES.join(', ')}`);
  }
  return value as Severity;
}

interface ReportRequest {
  format: string;
  reporter: Reporter;
  output: Output['target'];
}

/** Parses the `--format NAME[:FILE]` list; at most one report goes to stdout. */
function parseReportRequests(formats: string[], output: string | undefined): ReportRequest[] {
  const requests = (formats.length === 0 ? ['stylish'] : formats).map((value): ReportRequest => {
    const separator = value.indexOf(':');
    const format = separator < 0 ? value : value.slice(0, separator);
    const file = separator < 0 ? undefined : value.slice(separator + 1);
    const reporter = REPORTERS[format];
    if (reporter === undefined) {
      throw new UsageError(`unknown --format '${format}'; use one of ${Object.keys(REPORTERS).join(', ')}`);
    }
    if (file === '') throw new UsageError(`--format '${value}' names no file after the colon`);
    return { format, reporter, output: file === undefined ? 'stdout' : { file } };
  });
  const toStdout = requests.filter((request) => request.output === 'stdout');
  if (output !== undefined) {
    if (requests.length > 1) throw new UsageError('--output takes one format; write several reports with --format NAME:FILE');
    requests[0].output = { file: output };
  } else if (toStdout.length > 1) {
    throw new UsageError(`formats ${toStdout.map((r) => r.format).join(' and ')} would both write to stdout; give all but one a file with --format NAME:FILE`);
  }
  return requests;
}

/** Lints a workspace folder or a contract file and returns the reports and exit code. */
export async function runLintCommand(target: string | undefined, options: LintCommandOptions, io: CliIo): Promise<CommandResult> {
  const requests = parseReportRequests(options.format, options.output);
  const threshold = parseSeverity(options.failSeverity);
  const started = performance.now();
  const result = await lintTarget(path.resolve(io.cwd, target ?? '.'), {
    root: options.root === undefined ? undefined : path.resolve(io.cwd, options.root),
  });
  const report: LintReport = {
    findings: result.findings,
    fileCount: result.files.length,
    rules: RULES,
    durationMs: performance.now() - started,
    toolVersion: VERSION,
  };
  const outputs = requests.map((request): Output => {
    const color = request.output === 'stdout' && io.stdout.isTTY === true && process.env.NO_COLOR === undefined;
    return { target: request.output, text: request.reporter(report, { color }) };
  });
  const failed = result.findings.some((finding) => isAtLeast(finding.severity, threshold));
  return { exitCode: failed ? EXIT.findings : EXIT.ok, outputs };
}
