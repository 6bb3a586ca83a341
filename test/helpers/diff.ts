import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadContract } from '../../src/contracts/load.js';
import { diffContracts } from '../../src/diff/contracts.js';
import { diffEstates } from '../../src/diff/estate.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import type { Change } from '../../src/diff/types.js';

/** Folder of the fixture pairs, one folder per change id. */
export const DIFF_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/diff');

/** Loads two contract files under `root` and compares them. */
export async function diffContractFiles(basePath: string, revisionPath: string, root = path.dirname(path.resolve(basePath))): Promise<Change[]> {
  const base = await loadContract(path.resolve(basePath), { root });
  const revision = await loadContract(path.resolve(revisionPath), { root: path.dirname(path.resolve(revisionPath)) });
  return diffContracts(base, revision);
}

/** Returns the `base.*` and `revision.*` contract files of a fixture folder. */
export function fixturePair(folder: string): { base: string; revision: string } {
  const names = readdirSync(folder);
  const pick = (stem: string) => {
    const name = names.find((candidate) => candidate === `${stem}.yaml` || candidate === `${stem}.json` || candidate === `${stem}.yml`);
    if (name === undefined) throw new Error(`${folder} has no ${stem}.yaml or ${stem}.json`);
    return path.join(folder, name);
  };
  return { base: pick('base'), revision: pick('revision') };
}

/** Compares the contract pair of the fixture folder named after a change id. */
export async function diffFixture(id: string): Promise<Change[]> {
  const folder = path.join(DIFF_FIXTURES, id);
  if (!existsSync(folder)) throw new Error(`no fixture folder ${folder}`);
  const { base, revision } = fixturePair(folder);
  return diffContractFiles(base, revision);
}

/**
 * Compares a fixture folder: its `base/` and `revision/` estate folders when it has them, else its
 * `base.*` and `revision.*` contract files.
 */
export async function diffFixtureFolder(folder: string): Promise<Change[]> {
  if (existsSync(path.join(folder, 'base', 'ownership.yaml'))) {
    const base = await loadWorkspace(path.join(folder, 'base'));
    const revision = await loadWorkspace(path.join(folder, 'revision'));
    return diffEstates(base, revision).changes;
  }
  const { base, revision } = fixturePair(folder);
  return diffContractFiles(base, revision);
}
