import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_CHANGES } from '../../../src/diff/catalogue/schema.js';
import type { SchemaContext } from '../../../src/diff/schema/compare.js';
import type { ChangeLevel } from '../../../src/diff/types.js';
import { DIFF_FIXTURES } from '../../helpers/diff.js';
import { compareAt, compareWithItself, idsOf, loadChangeFixture, nodeAt } from './helpers.js';

/**
 * The level of each kind when clients write the data (a request) and when they read it (a
 * response): tightening breaks writers, loosening or removing what readers use breaks readers.
 */
const LEVELS: Record<string, [request: ChangeLevel, response: ChangeLevel]> = {
  'property-added': ['info', 'info'],
  'required-property-added': ['breaking', 'info'],
  'required-property-removed': ['warning', 'breaking'],
  'optional-property-removed': ['warning', 'breaking'],
  'property-became-required': ['breaking', 'info'],
  'property-became-optional': ['info', 'breaking'],
  'read-only-added': ['breaking', 'info'],
  'read-only-removed': ['info', 'info'],
  'write-only-added': ['info', 'breaking'],
  'write-only-removed': ['info', 'info'],
  'deprecated-added': ['info', 'info'],
  'type-changed': ['breaking', 'breaking'],
  'type-widened': ['info', 'breaking'],
  'type-narrowed': ['breaking', 'info'],
  'format-changed': ['breaking', 'breaking'],
  'format-added': ['breaking', 'info'],
  'format-removed': ['info', 'warning'],
  'enum-value-added': ['info', 'warning'],
  'enum-value-removed': ['breaking', 'info'],
  'enum-added': ['breaking', 'info'],
  'enum-removed': ['info', 'warning'],
  'const-changed': ['breaking', 'breaking'],
  'default-changed': ['warning', 'warning'],
  'default-added': ['info', 'info'],
  'default-removed': ['warning', 'warning'],
  'nullable-added': ['info', 'breaking'],
  'nullable-removed': ['breaking', 'info'],
  'pattern-changed': ['breaking', 'warning'],
  'pattern-added': ['breaking', 'info'],
  'pattern-removed': ['info', 'warning'],
  'multiple-of-tightened': ['breaking', 'info'],
  'multiple-of-loosened': ['info', 'warning'],
  'maximum-decreased': ['breaking', 'info'],
  'maximum-increased': ['info', 'warning'],
  'minimum-increased': ['breaking', 'info'],
  'minimum-decreased': ['info', 'warning'],
  'max-length-decreased': ['breaking', 'info'],
  'max-length-increased': ['info', 'warning'],
  'min-length-increased': ['breaking', 'info'],
  'min-length-decreased': ['info', 'warning'],
  'max-items-decreased': ['breaking', 'info'],
  'max-items-increased': ['info', 'warning'],
  'min-items-increased': ['breaking', 'info'],
  'min-items-decreased': ['info', 'warning'],
  'max-properties-decreased': ['breaking', 'info'],
  'max-properties-increased': ['info', 'warning'],
  'min-properties-increased': ['breaking', 'info'],
  'min-properties-decreased': ['info', 'warning'],
  'unique-items-added': ['breaking', 'info'],
  'unique-items-removed': ['info', 'warning'],
  'additional-properties-closed': ['breaking', 'info'],
  'additional-properties-opened': ['info', 'warning'],
  'one-of-branch-added': ['info', 'warning'],
  'one-of-branch-removed': ['breaking', 'info'],
  'any-of-branch-added': ['info', 'warning'],
  'any-of-branch-removed': ['breaking', 'info'],
  'discriminator-property-changed': ['breaking', 'breaking'],
  'discriminator-mapping-added': ['info', 'warning'],
  'discriminator-mapping-removed': ['breaking', 'info'],
  'discriminator-added': ['info', 'info'],
  'discriminator-removed': ['info', 'warning'],
};

const REQUEST_BODY = '/paths/~1orders/post/requestBody/content/application~1json/schema';
const PARAMETER = '/paths/~1orders/get/parameters/0/schema';
const HEADERS = '/paths/~1orders~1{orderId}/get/responses/200/headers';

const BODY_CONTEXTS: Array<[SchemaContext, string]> = [
  ['request-body', 'request-body'],
  ['response-body', 'response-body'],
  ['message-payload', 'message'],
  ['model', 'model'],
];

/** Schema change ids of one context prefix, as catalogued. */
const schemaIds = (prefix: string): string[] => SCHEMA_CHANGES.map(({ id }) => id).filter((id) => id.startsWith(`${prefix}-`) && !id.startsWith('message-header-')).sort();
const fixtureIds = new Set(readdirSync(DIFF_FIXTURES));

/**
 * Kinds about schemas that allow no additional properties, reported only in the contexts where
 * someone validates data against the closed schema: writers checked by the revision, and for
 * canonical models also readers that still validate with the base.
 */
const CLOSED_SCHEMA_KINDS: Record<string, string[]> = {
  'request-body': ['property-removed-from-closed-schema'],
  'response-body': [],
  message: ['property-removed-from-closed-schema'],
  model: ['property-added-to-closed-schema', 'property-removed-from-closed-schema'],
};

describe('schema change kinds', () => {
  it('covers every kind of the body contexts', () => {
    for (const [prefix, closedKinds] of Object.entries(CLOSED_SCHEMA_KINDS)) {
      const suffixes = [...Object.keys(LEVELS), ...closedKinds].sort();
      expect(schemaIds(prefix).map((id) => id.slice(prefix.length + 1)).sort(), prefix).toEqual(suffixes);
    }
  });

  it('has a fixture pair for every request and response body id', () => {
    const missing = [...schemaIds('request-body'), ...schemaIds('response-body')].filter((id) => !fixtureIds.has(id));
    expect(missing).toEqual([]);
  });

  for (const [suffix, [requestLevel, responseLevel]] of Object.entries(LEVELS)) {
    it(`reports ${suffix} in every body context`, async () => {
      const pair = await loadChangeFixture(`request-body-${suffix}`);
      for (const [context, prefix] of BODY_CONTEXTS) {
        const changes = compareAt(pair, REQUEST_BODY, context);
        expect(idsOf(changes), context).toEqual([`${prefix}-${suffix}`]);
      }
      expect(compareAt(pair, REQUEST_BODY, 'request-body')[0].level).toBe(requestLevel);
      expect(compareAt(pair, REQUEST_BODY, 'response-body')[0].level).toBe(responseLevel);
    });

    it(`finds nothing when ${suffix} sides meet themselves`, async () => {
      const pair = await loadChangeFixture(`request-body-${suffix}`);
      for (const [context] of BODY_CONTEXTS) {
        expect(compareWithItself(pair.base, REQUEST_BODY, context)).toEqual([]);
        expect(compareWithItself(pair.revision, REQUEST_BODY, context)).toEqual([]);
      }
    });
  }
});

describe('parameter and header kinds', () => {
  const parameterIds = schemaIds('request-parameter');
  const headerIds = schemaIds('response-header');

  it('has a fixture pair for every parameter and header id', () => {
    expect(parameterIds).toHaveLength(31);
    expect(headerIds).toHaveLength(14);
    expect([...parameterIds, ...headerIds].filter((id) => !fixtureIds.has(id))).toEqual([]);
  });

  for (const id of parameterIds) {
    it(`reports ${id} at the request level`, async () => {
      const pair = await loadChangeFixture(id);
      const changes = compareAt(pair, PARAMETER, 'request-parameter');
      expect(idsOf(changes)).toEqual([id]);
      expect(changes[0].level).toBe(LEVELS[id.slice('request-parameter-'.length)][0]);
      expect(compareWithItself(pair.base, PARAMETER, 'request-parameter')).toEqual([]);
    });
  }

  for (const id of headerIds) {
    it(`reports ${id} at the response level`, async () => {
      const pair = await loadChangeFixture(id);
      const [name] = Object.keys(nodeAt(pair.base, HEADERS).value as object);
      const pointer = `${HEADERS}/${name}/schema`;
      const changes = compareAt(pair, pointer, 'response-header');
      expect(idsOf(changes)).toEqual([id]);
      expect(changes[0].level).toBe(LEVELS[id.slice('response-header-'.length)][1]);
      expect(changes[0].message).toContain(`header '${name}'`);
    });
  }
});
