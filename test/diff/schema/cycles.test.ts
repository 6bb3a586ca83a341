import { describe, expect, it } from 'vitest';
import { ChangeCollector } from '../../../src/diff/collector.js';
import { SchemaComparer } from '../../../src/diff/schema/compare.js';
import { compareAt, compareWithItself, idsOf, loadTopic, nodeAt } from './helpers.js';

describe('circular schemas', () => {
  it('reports a change in a self-referencing schema once', async () => {
    const pair = await loadTopic('cycles');
    const changes = compareAt(pair, '/components/schemas/Category', 'request-body');
    expect(idsOf(changes)).toEqual(['request-body-max-length-decreased']);
    expect(changes[0].message).toBe("maxLength of property 'Category.name' tightened from unlimited to 100");
  });

  it('follows two schemas that refer to each other', async () => {
    const pair = await loadTopic('cycles');
    const changes = compareAt(pair, '/components/schemas/BundleNode', 'response-body');
    expect(idsOf(changes)).toEqual(['response-body-type-narrowed']);
    expect(changes[0].message).toBe("type of property 'BundleLink.quantity' narrowed from number to integer");
  });

  it('finds nothing when a circular schema meets itself', async () => {
    const pair = await loadTopic('cycles');
    for (const name of ['Category', 'BundleNode', 'BundleLink']) {
      expect(compareWithItself(pair.base, `/components/schemas/${name}`, 'model')).toEqual([]);
    }
  });

  it('compares a shared pair once and lists every user', async () => {
    const pair = await loadTopic('cycles');
    const collector = new ChangeCollector();
    const comparer = new SchemaComparer(collector, pair.base.resolve, pair.revision.resolve);
    const link = (contract: typeof pair.base) => nodeAt(contract, '/components/schemas/BundleLink');
    comparer.compare(link(pair.base), link(pair.revision), 'response-body', 'GET /bundles/{sku}');
    comparer.compare(link(pair.base), link(pair.revision), 'response-body', 'GET /bundles');
    comparer.compare(link(pair.base), link(pair.revision), 'request-body', 'POST /bundles');
    const changes = collector.changes();
    expect(idsOf(changes)).toEqual(['request-body-type-narrowed', 'response-body-type-narrowed']);
    expect(changes.find((change) => change.id === 'response-body-type-narrowed')?.usedBy).toEqual(['GET /bundles/{sku}', 'GET /bundles']);
  });
});
