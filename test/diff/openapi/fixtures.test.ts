import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENAPI_CHANGES } from '../../../src/diff/catalogue/openapi.js';
import { DIFF_FIXTURES, diffContractFiles, diffFixture, fixturePair } from '../../helpers/diff.js';

function expectedIds(id: string): string[] {
  const expected = JSON.parse(readFileSync(path.join(DIFF_FIXTURES, id, 'expected.json'), 'utf8')) as { changes: string[] };
  return expected.changes;
}

// The format change needs an AsyncAPI revision; the contract dispatcher reports it, not this engine.
const OPENAPI_IDS = OPENAPI_CHANGES.map((kind) => kind.id).filter((id) => id !== 'document-format-changed');

describe('OpenAPI change fixtures', () => {
  it.each(OPENAPI_IDS)('%s fixture gives exactly its expected ids', async (id) => {
    const changes = await diffFixture(id);
    const ids = [...new Set(changes.map((change) => change.id))].sort();
    expect(ids).toEqual(expectedIds(id));
  });

  it.each(OPENAPI_IDS)('%s fixture base diffed with itself is empty', async (id) => {
    const pair = fixturePair(path.join(DIFF_FIXTURES, id));
    expect(await diffContractFiles(pair.base, pair.base)).toEqual([]);
    expect(await diffContractFiles(pair.revision, pair.revision)).toEqual([]);
  });
});
