import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { latestAsyncApiVersion } from '../../../src/contracts/validation/asyncapi-spec.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-latest-version';
const INFO = "info: {title: Orders, version: '1'}\n";

describeContractRule(RULE, [
  { name: '2.6.0 is behind', files: `asyncapi: 2.6.0\n${INFO}channels: {}\n`, expected: [[RULE, 'notLatest', '/asyncapi']] },
  { name: '3.0.0 is behind', files: `asyncapi: 3.0.0\n${INFO}`, expected: [[RULE, 'notLatest', '/asyncapi']] },
  { name: '3.1.0 is the latest', files: `asyncapi: 3.1.0\n${INFO}`, expected: [] },
  { name: 'a newer version than known', files: `asyncapi: 3.9.0\n${INFO}`, expected: [] },
]);

describe(`${RULE} version source`, () => {
  it('agrees with the package index', () => {
    const { schemas } = createRequire(import.meta.url)('@asyncapi/specs') as { schemas: Record<string, unknown> };
    const versions = Object.keys(schemas);
    expect(latestAsyncApiVersion()).toBe(versions[versions.length - 1]);
  });
});
