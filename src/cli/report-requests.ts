import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Output } from './output.js';

/** One report of a run: the format name, its reporter, and where the text goes. */
export interface ReportRequest<R> {
  format: string;
  reporter: R;
  output: Output['target'];
}

/** Splits `NAME[:FILE]`; an empty FILE after the colon is a usage error. */
function parseFormat(value: string): { format: string; file?: string } {
  const separator = value.indexOf(':');
  if (separator < 0) return { format: value };
  const file = value.slice(separator + 1);
  if (file === '') throw new UsageError(`--format '${value}' names no file after the colon`);
  return { format: value.slice(0, separator), file };
}

/**
 * Rejects report files that cannot be written as requested, before any work is done: two reports
 * to the same file, and a file whose folder does not exist. Missing folders are not created, so a
 * mistyped path cannot leave stray folders behind.
 */
function checkReportFiles(files: string[], cwd: string): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    const earlier = seen.get(absolute);
    if (earlier !== undefined) {
      const same = earlier === file ? `'${file}'` : `'${earlier}' and '${file}'`;
      throw new UsageError(`two reports would be written to the same file ${same}; give each --format its own file`);
    }
    seen.set(absolute, file);

    const folder = path.dirname(absolute);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new UsageError(`cannot write ${file}: the folder ${path.relative(cwd, folder) || '.'} does not exist; create it first`);
    }
  }
}

/**
 * Parses the `--format NAME[:FILE]` list and `--output FILE` of a command that writes reports.
 * Without `--format`, one `fallback` report is written. `--output` takes one format without a
 * file of its own. At most one report goes to stdout, no two reports go to the same file, and
 * every report's folder exists, so the command fails with a usage error before writing anything.
 */
export function parseReportRequests<R>(
  formats: readonly string[],
  output: string | undefined,
  reporters: Readonly<Record<string, R>>,
  fallback: string,
  cwd: string,
): Array<ReportRequest<R>> {
  const requests = (formats.length === 0 ? [fallback] : formats).map((value): ReportRequest<R> => {
    const { format, file } = parseFormat(value);
    if (!Object.hasOwn(reporters, format)) {
      throw new UsageError(`unknown --format '${format}'; use one of ${Object.keys(reporters).join(', ')}`);
    }
    return { format, reporter: reporters[format], output: file === undefined ? 'stdout' : { file } };
  });

  const toStdout = requests.filter((request) => request.output === 'stdout');
  if (output !== undefined) {
    if (requests.length > 1) throw new UsageError('--output takes one format; write several reports with --format NAME:FILE');
    if (toStdout.length === 0) {
      throw new UsageError(`--output ${output} and --format ${formats[0]} both name a report file; use one of them`);
    }
    requests[0].output = { file: output };
  } else if (toStdout.length > 1) {
    throw new UsageError(`formats ${toStdout.map((r) => r.format).join(' and ')} would both write to stdout; give all but one a file with --format NAME:FILE`);
  }

  checkReportFiles(requests.flatMap((request) => (typeof request.output === 'object' ? [request.output.file] : [])), cwd);
  return requests;
}
