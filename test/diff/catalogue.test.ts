import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/diff/catalogue/index.js';
import { renderCatalogueMarkdown } from '../../src/diff/catalogue/markdown.js';
import { CHANGE_AREAS, CHANGE_DIRECTIONS, CHANGE_KINDS, CHANGE_LEVELS } from '../../src/diff/types.js';
import { DIFF_FIXTURES, diffFixtureFolder } from '../helpers/diff.js';

const kinds = [...CATALOGUE.values()];

describe('change catalogue', () => {
  it('has at least 150 ids', () => {
    expect(CATALOGUE.size).toBeGreaterThanOrEqual(150);
  });

  it.each(kinds.map((kind) => [kind.id, kind] as const))('%s is well formed', (id, kind) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(CHANGE_LEVELS).toContain(kind.level);
    expect(CHANGE_DIRECTIONS).toContain(kind.direction);
    expect(CHANGE_AREAS).toContain(kind.area);
    expect(CHANGE_KINDS).toContain(kind.kind);
    expect(kind.message.length).toBeGreaterThan(10);
    expect(kind.why).toMatch(/^\S.{20,}\.$/);
  });
});

describe('fixture pairs', () => {
  it('exist for every id, and only for catalogue ids', () => {
    const folders = readdirSync(DIFF_FIXTURES).filter((name) => existsSync(path.join(DIFF_FIXTURES, name, 'expected.json')));
    expect(kinds.map((kind) => kind.id).filter((id) => !folders.includes(id))).toEqual([]);
    expect(folders.filter((name) => !CATALOGUE.has(name))).toEqual([]);
  });

  it.each(kinds.map((kind) => kind.id))('%s reports exactly the expected ids', async (id) => {
    const folder = path.join(DIFF_FIXTURES, id);
    const expected = (JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { changes: string[] }).changes;
    expect(expected).toContain(id);
    const changes = await diffFixtureFolder(folder);
    expect([...new Set(changes.map((change) => change.id))].sort()).toEqual([...expected].sort());
  });
});

describe('catalogue page', () => {
  it('docs/diff-changes.md matches the catalogue', () => {
    const page = readFileSync(path.resolve(import.meta.dirname, '../../docs/diff-changes.md'), 'utf8');
    // Run `npm run build && npm run docs:changes` when this fails.
    expect(page).toBe(renderCatalogueMarkdown(CATALOGUE));
  });
});
