import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkspaceFolder } from '../../src/lint/lint.js';

const EXAMPLES = path.resolve(new URL('../../examples', import.meta.url).pathname);

/** Each broken example estate with the rule ids it is built to break, and no others. */
const CASES: Array<{ example: string; ruleIds: string[] }> = [
  {
    example: 'double-booked-marketplace-orders',
    ruleIds: [
      'asyncapi-info-contact',
      'asyncapi-info-description',
      'asyncapi-info-license',
      'asyncapi-latest-version',
      'asyncapi-operation-description',
      'asyncapi-servers',
      'asyncapi-tags',
      'event-carries-correlation-id',
      'event-carries-ordering-key',
      'event-carries-version',
      'event-payload-has-id-and-timestamp',
      'idempotency-key-in-contract',
      'info-contact',
      'info-description',
      'oas3-api-servers',
      'operation-description',
      'operation-tags',
      'order-write-declares-idempotency-key',
      'write-requires-idempotency-key',
    ],
  },
  {
    example: 'checkout-waits-on-erp',
    ruleIds: [
      'asyncapi-info-contact',
      'asyncapi-info-description',
      'asyncapi-info-license',
      'asyncapi-latest-version',
      'asyncapi-operation-description',
      'asyncapi-servers',
      'asyncapi-tags',
      'channel-exists',
      'channel-sync-never-waits-on-erp',
      'contract-exists',
      'ignore-has-reason',
      'info-contact',
      'info-description',
      'oas3-api-servers',
      'operation-description',
      'operation-exists',
      'operation-tags',
      'reference-exists',
      'system-exists',
      'team-exists',
    ],
  },
  {
    example: 'stock-owned-twice',
    ruleIds: [
      'canonical-model-declared',
      'info-contact',
      'info-description',
      'inventory-states-separated',
      'oas3-api-servers',
      'operation-description',
      'operation-tags',
      'single-authoritative-owner',
      'unique-ids',
    ],
  },
];

describe('broken example estates', () => {
  it.each(CASES)('$example fires exactly its rules', async ({ example, ruleIds }) => {
    const result = await lintWorkspaceFolder(path.join(EXAMPLES, example));
    const fired = [...new Set(result.findings.map((finding) => finding.ruleId))].sort();
    expect(fired).toEqual(ruleIds);
  });
});
