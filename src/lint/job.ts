import { NotAContractError } from '../contracts/format.js';
import { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import { InlineSuppressions } from '../suppress/inline.js';
import { lintContractFile, lintWorkspaceFolder, type LintOptions } from './lint.js';
import type { LintJob } from './targets.js';

/** An InputError as plain data, so that it can cross from a worker thread. */
export interface PlainInputError {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
  others: PlainInputError[];
}

/** Outcome of one job: plain data only, the same whether it ran in this thread or a worker. */
export type JobResult =
  | {
      status: 'linted';
      /** Findings with line and column, sorted, without those hidden by `x-retailgov-ignore`. */
      findings: Finding[];
      suppressedCount: number;
      /** Absolute paths, or URLs of fetched documents, of every file read. */
      files: string[];
    }
  | { status: 'skipped'; path: string }
  | { status: 'invalid'; error: PlainInputError };

/**
 * Loads and lints one workspace or contract file. Invalid input becomes an `invalid` result, so
 * that the other jobs of the run go on. A file found by a folder search or a pattern that is not
 * an OpenAPI or AsyncAPI document becomes `skipped`. Any other error is a bug and is thrown.
 */
export async function runLintJob(job: LintJob, options: LintOptions): Promise<JobResult> {
  try {
    const result = job.kind === 'workspace'
      ? await lintWorkspaceFolder(job.path, options)
      : await lintContractFile(job.path, { ...options, root: job.root ?? options.root });
    const inline = new InlineSuppressions(result.files);
    const findings = result.findings.filter((finding) => !inline.isSuppressed(finding));
    return {
      status: 'linted',
      findings,
      suppressedCount: result.findings.length - findings.length,
      files: result.files.map((file) => file.absolutePath),
    };
  } catch (error) {
    if (job.optional && error instanceof NotAContractError) return { status: 'skipped', path: job.path };
    if (error instanceof InputError) return { status: 'invalid', error: toPlainError(error) };
    throw error;
  }
}

export function toPlainError(error: InputError): PlainInputError {
  return {
    message: error.message,
    file: error.file,
    line: error.line,
    column: error.column,
    hint: error.hint,
    others: error.others.map(toPlainError),
  };
}

export function fromPlainError(plain: PlainInputError): InputError {
  const position = plain.file === undefined ? undefined : { file: plain.file, line: plain.line, column: plain.column };
  return new InputError(plain.message, position, plain.hint, plain.others.map(fromPlainError));
}
