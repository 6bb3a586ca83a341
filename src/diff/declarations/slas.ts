import type { Sla } from '../../model/types.js';
import { parseDuration } from '../../model/units.js';
import { fileOf, idOf, pairBy, sectionSite, siteOf, type DeclarationComparison } from './sites.js';

/** SLA members where a higher value promises less: percentile targets and technical limits. */
const TARGETS: ReadonlyArray<{ name: string; path: [string] | ['targets', string]; read: (value: unknown) => number | undefined }> = [
  ...(['p50', 'p90', 'p95', 'p99', 'max'] as const).map((percentile) => ({
    name: percentile,
    path: ['targets', percentile] as ['targets', string],
    read: readDuration,
  })),
  { name: 'maxQueueLag', path: ['maxQueueLag'], read: readDuration },
  { name: 'maxErrorRate', path: ['maxErrorRate'], read: (value) => (typeof value === 'number' ? value : undefined) },
];

function readDuration(value: unknown): number | undefined {
  return typeof value === 'string' ? parseDuration(value) : undefined;
}

/**
 * Reports removed SLAs and loosened or tightened targets. A target dropped from an SLA promises
 * nothing any more, so it counts as loosened; a target added counts as tightened.
 */
export function compareSlas({ base, revision, collector }: DeclarationComparison): void {
  const slas = pairBy(base.estate.slas, revision.estate.slas, idOf);
  for (const sla of slas.removed) {
    collector.add('sla-removed', { base: siteOf(base, sla), revision: sectionSite(revision, ['slas'], fileOf(base, sla)) }, { sla: sla.id });
  }
  for (const [before, after] of slas.pairs) {
    for (const target of TARGETS) {
      const oldText = valueAt(before, target.path);
      const newText = valueAt(after, target.path);
      const oldValue = target.read(oldText);
      const newValue = target.read(newText);
      if (oldValue === newValue) continue;
      const isLoosened = newValue === undefined || (oldValue !== undefined && newValue > oldValue);
      collector.add(isLoosened ? 'sla-target-loosened' : 'sla-target-tightened',
        { base: siteOf(base, before, ...target.path), revision: siteOf(revision, after, ...target.path) },
        { sla: before.id, target: target.name, base: oldValue === undefined ? 'none' : String(oldText), revision: newValue === undefined ? 'none' : String(newText) });
    }
  }
}

function valueAt(sla: Sla, path: readonly string[]): unknown {
  let current: unknown = sla;
  for (const key of path) current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}
