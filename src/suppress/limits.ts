import type { Finding, Location } from '../findings.js';
import type { SourceFile } from '../workspace/source.js';
import { toPointer } from '../findings.js';

/** A rule that reported more findings than the `maxFindings` configuration allows. */
export interface LimitBreach {
  ruleId: string;
  /** Findings of the rule, reported and baselined together. */
  count: number;
  max: number;
  /** The `maxFindings` entry in the configuration file, when the limit came from one. */
  location?: Location;
}

/**
 * Compares the findings of each rule with its configured maximum. `findings` are the ones that
 * count: reported and baselined findings, never the ones an `x-retailgov-ignore` entry hides.
 */
export function checkLimits(findings: readonly Finding[], maxFindings: Readonly<Record<string, number>>, config?: SourceFile): LimitBreach[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const breaches: LimitBreach[] = [];
  for (const [ruleId, max] of Object.entries(maxFindings).sort(([a], [b]) => a.localeCompare(b))) {
    const count = counts.get(ruleId) ?? 0;
    if (count <= max) continue;
    breaches.push({ ruleId, count, max, location: config === undefined ? undefined : locateEntry(config, ruleId) });
  }
  return breaches;
}

function locateEntry(config: SourceFile, ruleId: string): Location {
  const pointer = toPointer(['maxFindings', ruleId]);
  return { file: config.path, pointer, ...config.position(pointer) };
}

/** Describes a breach in the words every report format uses. */
export function describeLimit(breach: LimitBreach): string {
  const noun = breach.count === 1 ? 'finding' : 'findings';
  return `rule ${breach.ruleId}: ${breach.count} ${noun}, above its maximum of ${breach.max}`;
}
