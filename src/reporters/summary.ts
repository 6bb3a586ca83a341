import type { Finding } from '../findings.js';

export interface SeverityCounts {
  error: number;
  warn: number;
  info: number;
}

/** Counts findings by severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Groups findings by file, keeping the sorted order of files and of findings. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.location.file);
    if (group === undefined) groups.set(finding.location.file, [finding]);
    else group.push(finding);
  }
  return groups;
}

/** Formats a count with its noun, adding `s` unless the count is one. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
