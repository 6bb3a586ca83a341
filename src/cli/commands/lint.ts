import path from 'node:path';
import { UsageError } from '../../errors.js';
import { isAtLeast, SEVERITIES, type Severity } from '../../findings.js';
import { lintTarget } from '../../lint/lint.js';
import { REPORTERS } from '../../reporters/index.js';
import { RULES } from '../../rules/registry.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import type { CommandResult } from '../output.js';
import { VERSION } from '../version.js';

export interface LintCommandOptions {
  format: string;
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

/** Lints a workspace folder or a contract file and returns the report and exit code. */
export async function runLintCommand(target: string | undefined, options: LintCommandOptions, io: CliIo): Promise<CommandResult> {
  const reporter = REPORTERS[options.format];
  if (reporter === undefined) {
    throw new UsageError(`unknown --format '${options.format}'; use one of ${Object.keys(REPORTERS).join(', ')}`);
  }
  const threshold = parseSeverity(options.failSeverity);
  const started = performance.now();
  const result = await lintTarget(path.resolve(io.cwd, target ?? '.'), {
    root: options.root === undefined ? undefined : path.resolve(io.cwd, options.root),
  });
  const text = reporter(
    {
      findings: result.findings,
      fileCount: result.files.length,
      rules: RULES,
      durationMs: performance.now() - started,
      toolVersion: VERSION,
    },
    { color: options.output === undefined && io.stdout.isTTY === true && process.env.NO_COLOR === undefined },
  );
  const failed = result.findings.some((finding) => isAtLeast(finding.severity, threshold));
  return {
    exitCode: failed ? EXIT.findings : EXIT.ok,
    outputs: [{ target: options.output === undefined ? 'stdout' : { file: options.output }, text }],
  };
}
