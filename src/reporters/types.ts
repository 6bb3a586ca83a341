import type { Finding } from '../findings.js';
import type { Rule } from '../rules/types.js';
import type { LimitBreach } from '../suppress/limits.js';

/** Everything one lint run produced, as reporters see it. */
export interface LintReport {
  /** Findings sorted by file and position; locations carry line and column. */
  findings: Finding[];
  /** Findings accepted by the baseline, sorted like `findings`; they never fail the run. */
  baselined: Finding[];
  /** Number of findings hidden by `x-retailgov-ignore` entries. */
  suppressedCount: number;
  /** Path of the baseline file applied, relative to the working folder; undefined when none was. */
  baselineFile?: string;
  /** Rules that reported more findings than `maxFindings` allows; each one fails the run. */
  limits: LimitBreach[];
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
