import type { Finding } from '../findings.js';
import type { Rule } from '../rules/types.js';

/** Everything one lint run produced, as reporters see it. */
export interface LintReport {
  /** Findings sorted by file and position; locations carry line and column. */
  findings: Finding[];
  /** Number of files read. */
  fileCount: number;
  /** The rules that ran, for reporters that describe them (SARIF). */
  rules: readonly Rule[];
  durationMs: number;
  toolVersion: string;
}

export interface ReporterOptions {
  color: boolean;
}

/** A pure function from a report to the text to write. */
export type Reporter = (report: LintReport, options: ReporterOptions) => string;
