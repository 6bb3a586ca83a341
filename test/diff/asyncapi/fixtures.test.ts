import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASYNCAPI_CHANGES } from '../../../src/diff/catalogue/asyncapi.js';
import { DIFF_FIXTURES, diffContractFiles, diffFixture, fixturePair } from '../../helpers/diff.js';

function expectedIds(id: string): string[] {
  const text = readFileSync(path.join(DIFF_FIXTURES, id, 'expected.json'), 'utf8');
  return [...(JSON.parse(text) as { changes: string[] }).changes].sort();
}

describe('AsyncAPI fixture pairs', () => {
  it.each(ASYNCAPI_CHANGES.map((kind) => kind.id))('%s reports exactly the expected ids', async (id) => {
    const changes = await diffFixture(id);
    expect([...new Set(changes.map((change) => change.id))].sort()).toEqual(expectedIds(id));
  });

  it.each(ASYNCAPI_CHANGES.map((kind) => kind.id))('%s sides are empty compared with themselves', async (id) => {
    const { base, revision } = fixturePair(path.join(DIFF_FIXTURES, id));
    expect(await diffContractFiles(base, base)).toEqual([]);
    expect(await diffContractFiles(revision, revision)).toEqual([]);
  });
});
