import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_CHANGES } from '../../../src/diff/catalogue/schema.js';
import { compatibilityImpact } from '../../../src/diff/schema/compatibility.js';
import { DIFF_FIXTURES } from '../../helpers/diff.js';
import { diffEstateFixture, idsOf } from '../declarations/estate-pair.js';

const MODEL_IDS = SCHEMA_CHANGES.map((kind) => kind.id).filter((id) => id.startsWith('model-'));

describe('model schema fixture pairs', () => {
  it.each(MODEL_IDS)('%s reports exactly the expected ids and its compatibility', async (id) => {
    const folder = path.join(DIFF_FIXTURES, id);
    const expected = (JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { changes: string[] }).changes;
    const { changes, compatibility } = await diffEstateFixture(folder);
    expect(idsOf(changes)).toEqual([...expected].sort());

    // Every fixture changes one model, so its compatibility is what its schema changes break.
    const impacts = expected.map((expectedId) => compatibilityImpact(expectedId));
    const backward = !impacts.some((impact) => impact.backward);
    const forward = !impacts.some((impact) => impact.forward);
    expect(compatibility).toEqual({ 'stock-adjustment-v1': { backward, forward, full: backward && forward } });
  });
});
