import path from 'node:path';
import { ChangeCollector } from '../../../src/diff/collector.js';
import { compareDeclarations } from '../../../src/diff/declarations/compare.js';
import { compareModels } from '../../../src/diff/models/compare-models.js';
import type { Change, ModelCompatibility } from '../../../src/diff/types.js';
import { loadWorkspace } from '../../../src/workspace/load.js';

/** Declaration and canonical model changes between two estate folders, with each model's compatibility. */
export interface EstatePairDiff {
  changes: Change[];
  compatibility: Record<string, ModelCompatibility>;
}

/** Loads two estate folders with the real loader and compares their declarations and canonical models. */
export async function diffEstatePair(baseFolder: string, revisionFolder: string): Promise<EstatePairDiff> {
  const base = await loadWorkspace(baseFolder);
  const revision = await loadWorkspace(revisionFolder);
  const collector = new ChangeCollector();
  compareDeclarations(base, revision, collector);
  const compatibility = compareModels(base, revision, collector);
  return { changes: collector.changes(), compatibility };
}

/** Compares the `base/` and `revision/` estates of a fixture folder. */
export function diffEstateFixture(folder: string): Promise<EstatePairDiff> {
  return diffEstatePair(path.join(folder, 'base'), path.join(folder, 'revision'));
}

/** Returns the sorted distinct ids of a list of changes. */
export function idsOf(changes: Change[]): string[] {
  return [...new Set(changes.map((change) => change.id))].sort();
}
