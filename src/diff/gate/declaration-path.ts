import { fromPointer } from '../../findings.js';
import type { Workspace } from '../../workspace/types.js';
import type { DiffSideName } from '../side-error.js';
import type { Change } from '../types.js';
import type { ChangeSite } from './location.js';

function idOfItem(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Returns the id path of the node at `pointer` in a parsed declaration file: the pointer's
 * segments, with each list index replaced by the `id` of the item it selects. So `/slas/0/targets`
 * becomes `['slas', 'order-confirmation', 'targets']`, which stays the same when the list is
 * reordered. An index whose item has no string `id`, such as a traffic entry, stays an index.
 */
export function declarationIdPath(data: unknown, pointer: string): string[] {
  const path: string[] = [];
  let current: unknown = data;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(current)) {
      const item: unknown = /^\d+$/.test(segment) ? current[Number(segment)] : undefined;
      path.push(idOfItem(item) ?? segment);
      current = item;
    } else {
      path.push(segment);
      current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/**
 * Returns the id paths of the declaration nodes a change sits on, on each side whose estate is
 * given: `extraSites` for the gate, so that waivers can name declarations by id.
 */
export function declarationSites(estates: Partial<Record<DiffSideName, Workspace>>): (change: Change) => ChangeSite[] {
  return (change) => {
    const sites: ChangeSite[] = [];
    for (const side of ['revision', 'base'] as const) {
      const location = change[side];
      const file = location === undefined ? undefined : estates[side]?.declarationFiles.find((candidate) => candidate.path === location.file);
      if (location === undefined || file === undefined) continue;
      sites.push({ file: location.file, pointer: location.pointer, declaration: declarationIdPath(file.data, location.pointer) });
    }
    return sites;
  };
}
