import { describe, expect, it } from 'vitest';
import { findSchemaPath } from '../../../src/rules/governance/helpers/schema-path.js';

const CATEGORY_TREE = {
  $defs: {
    category: {
      type: 'object',
      properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/category' } } },
    },
  },
  type: 'object',
  properties: {
    root: { $ref: '#/$defs/category' },
    grid: { type: 'array', items: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } } } } },
    labels: { type: 'object', patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false },
    extra: {},
    vendor: { $ref: 'vendor.schema.json' },
  },
};

describe('findSchemaPath', () => {
  it('follows recursive local refs', () => {
    expect(findSchemaPath(CATEGORY_TREE, 'root.children.children.name')).toEqual({ status: 'found' });
  });

  it('steps through nested arrays with brackets', () => {
    expect(findSchemaPath(CATEGORY_TREE, 'grid[][].sku')).toEqual({ status: 'found' });
    expect(findSchemaPath(CATEGORY_TREE, 'grid.0.1.sku')).toEqual({ status: 'found' });
  });

  it('matches pattern properties', () => {
    expect(findSchemaPath(CATEGORY_TREE, 'labels.x-colour')).toEqual({ status: 'found' });
    expect(findSchemaPath(CATEGORY_TREE, 'labels.colour')).toEqual({ status: 'missing', missing: 'colour', parent: 'labels' });
  });

  it('reports the first missing segment', () => {
    expect(findSchemaPath(CATEGORY_TREE, 'price.amount')).toEqual({ status: 'missing', missing: 'price', parent: '' });
    expect(findSchemaPath(CATEGORY_TREE, 'grid[].colour')).toEqual({ status: 'missing', missing: 'colour', parent: 'grid[]' });
    expect(findSchemaPath(CATEGORY_TREE, 'root.name.first')).toEqual({ status: 'missing', missing: 'first', parent: 'root.name' });
  });

  it('cannot verify open objects and external refs', () => {
    expect(findSchemaPath(CATEGORY_TREE, 'extra.anything')).toEqual({ status: 'unverifiable' });
    expect(findSchemaPath(CATEGORY_TREE, 'vendor.id')).toEqual({ status: 'unverifiable' });
  });
});
