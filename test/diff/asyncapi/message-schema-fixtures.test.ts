import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_CHANGES } from '../../../src/diff/catalogue/schema.js';
import { DIFF_FIXTURES, diffFixture } from '../../helpers/diff.js';

const MESSAGE_IDS = SCHEMA_CHANGES.map((kind) => kind.id).filter((id) => id.startsWith('message-'));

describe('message schema fixture pairs', () => {
  it.each(MESSAGE_IDS)('%s reports exactly the expected ids', async (id) => {
    const expected = (JSON.parse(readFileSync(path.join(DIFF_FIXTURES, id, 'expected.json'), 'utf8')) as { changes: string[] }).changes;
    const changes = await diffFixture(id);
    expect([...new Set(changes.map((change) => change.id))].sort()).toEqual([...expected].sort());
    const change = changes.find((candidate) => candidate.id === id)!;
    expect(change.usedBy).toEqual(['stockAdjusted']);
  });
});
