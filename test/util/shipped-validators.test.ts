import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createAjv, SHIPPED_SCHEMA_OPTIONS } from '../../src/util/ajv.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** Documents with typical mistakes, per shipped schema. */
const CASES: Record<string, unknown[]> = {
  ownership: [
    { retailgov: 1, teams: [{ id: 'commerce', colour: 'red' }] },
    { retailgov: 2, systems: [{ id: 'oms', kind: 'spreadsheet', layer: 'system', owner: 'commerce' }] },
    { retailgov: 1, retryPolicies: [{ id: 'erp', maxAttempts: 'five', initialInterval: 'soon' }] },
  ],
  config: [{ rules: { 'system-exists': 'loud' }, maxFinding: 3 }],
  waivers: [{ waivers: [{ change: 'operation-removed', approver: 'board', expires: 'next week' }] }],
  scenario: [{ duration: 'forever', faults: [{ kind: 'meteor' }] }],
};

function errorsOf(validate: ValidateFunction, document: unknown): unknown {
  validate(document);
  return (validate.errors ?? []).map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));
}

describe.each(Object.keys(CASES))('precompiled %s validator', (name) => {
  const compiledFile = path.join(REPO, 'dist/validators', `${name}.cjs`);

  it.skipIf(!existsSync(compiledFile))('reports what a validator compiled at run time reports', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas', `${name}.schema.json`), 'utf8')) as object;
    const atRunTime = createAjv(SHIPPED_SCHEMA_OPTIONS).compile(schema);
    const precompiled = require(compiledFile) as ValidateFunction;
    for (const document of CASES[name]) {
      const expected = errorsOf(atRunTime, document);
      expect((expected as unknown[]).length).toBeGreaterThan(0);
      expect(errorsOf(precompiled, document)).toEqual(expected);
    }
  });
});
