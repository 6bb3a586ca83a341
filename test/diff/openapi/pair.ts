import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { loadContract } from '../../../src/contracts/load.js';
import { ChangeCollector } from '../../../src/diff/collector.js';
import { compareOpenApi } from '../../../src/diff/openapi/compare.js';
import type { Change } from '../../../src/diff/types.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes two contracts to a fresh temporary folder and compares them; `now` fixes the clock. */
export async function diffTexts(base: string, revision: string, now?: number): Promise<Change[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'retailgov-openapi-diff-'));
  folders.push(folder);
  const extension = (text: string): string => (text.trimStart().startsWith('{') ? 'json' : 'yaml');
  const basePath = path.join(folder, `base.${extension(base)}`);
  const revisionPath = path.join(folder, `revision.${extension(revision)}`);
  writeFileSync(basePath, base);
  writeFileSync(revisionPath, revision);
  const collector = new ChangeCollector();
  compareOpenApi(
    await loadContract(basePath, { root: folder }),
    await loadContract(revisionPath, { root: folder }),
    collector,
    now === undefined ? {} : { now: () => now },
  );
  return collector.changes();
}

/** Returns the sorted ids of the changes, one entry per change. */
export function idsOf(changes: Change[]): string[] {
  return changes.map((change) => change.id).sort();
}
