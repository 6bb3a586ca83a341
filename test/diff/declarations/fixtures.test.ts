import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECLARATION_CHANGES } from '../../../src/diff/catalogue/declarations.js';
import { DIFF_FIXTURES } from '../../helpers/diff.js';
import { diffEstateFixture, diffEstatePair, idsOf } from './estate-pair.js';

// `contract-removed` and `contract-added` come from the estate's contract comparison, not from the declarations.
const ids = DECLARATION_CHANGES.map((kind) => kind.id).filter((id) => id !== 'contract-removed' && id !== 'contract-added');

describe('declaration fixture pairs', () => {
  it.each(ids)('%s reports exactly the expected ids', async (id) => {
    const folder = path.join(DIFF_FIXTURES, id);
    expect(existsSync(path.join(folder, 'expected.json'))).toBe(true);
    const expected = (JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { changes: string[] }).changes;
    const { changes } = await diffEstateFixture(folder);
    expect(idsOf(changes)).toEqual([...expected].sort());
  });

  it.each(ids)('%s is empty compared with itself', async (id) => {
    const folder = path.join(DIFF_FIXTURES, id);
    for (const side of ['base', 'revision']) {
      const { changes } = await diffEstatePair(path.join(folder, side), path.join(folder, side));
      expect(changes).toEqual([]);
    }
  });
});
