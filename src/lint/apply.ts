import type { Finding } from '../findings.js';
import { matchBaseline, updateBaseline, type BaselineEntry, type BaselineUpdate, type BaselineUpdateOptions } from '../suppress/baseline.js';
import { InlineSuppressions } from '../suppress/inline.js';
import { checkLimits, type LimitBreach } from '../suppress/limits.js';
import type { SourceFile } from '../workspace/source.js';
import type { LintResult } from './lint.js';

export interface SuppressionOptions {
  /** Entries of the baseline file; undefined when no baseline applies. */
  baseline?: readonly BaselineEntry[];
  /** Rewrite the baseline from this run's findings before applying it. */
  updateBaseline?: BaselineUpdateOptions;
  /** Largest number of findings allowed per rule id. */
  maxFindings?: Readonly<Record<string, number>>;
  /** The configuration file, so that a limit breach can point at its `maxFindings` entry. */
  config?: SourceFile;
}

export interface SuppressionOutcome {
  /** Findings still reported: not hidden by `x-retailgov-ignore`, not accepted by the baseline. */
  findings: Finding[];
  /** Findings accepted by the baseline. */
  baselined: Finding[];
  /** Number of findings hidden by `x-retailgov-ignore` entries. */
  suppressedCount: number;
  limits: LimitBreach[];
  /** Baseline entries that matched no finding of this run. */
  staleEntries: BaselineEntry[];
  /** The rewritten baseline, when `updateBaseline` was given. */
  updatedBaseline?: BaselineUpdate;
}

/**
 * Applies, in order, the inline `x-retailgov-ignore` entries, the baseline (rewritten first when
 * asked) and the per-rule limits to the findings of a lint run. Limits count the reported and the
 * baselined findings, but not those hidden inline.
 */
export function applySuppressions(result: LintResult, options: SuppressionOptions = {}): SuppressionOutcome {
  const inline = new InlineSuppressions(result.files);
  const visible: Finding[] = [];
  let suppressedCount = 0;
  for (const finding of result.findings) {
    if (inline.isSuppressed(finding)) suppressedCount += 1;
    else visible.push(finding);
  }

  let entries = options.baseline;
  let updatedBaseline: BaselineUpdate | undefined;
  if (options.updateBaseline !== undefined) {
    updatedBaseline = updateBaseline(entries ?? [], visible, options.updateBaseline);
    entries = updatedBaseline.entries;
  }
  const match = entries === undefined ? { accepted: [], remaining: visible, stale: [] } : matchBaseline(visible, entries);

  return {
    findings: match.remaining,
    baselined: match.accepted,
    suppressedCount,
    limits: checkLimits(visible, options.maxFindings ?? {}, options.config),
    staleEntries: match.stale,
    updatedBaseline,
  };
}
