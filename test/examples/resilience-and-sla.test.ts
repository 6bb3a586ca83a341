import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintWorkspaceFolder } from '../../src/lint/lint.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Every rule that fires on each broken example when all rules run, and no other. */
const EXPECTED_RULES: Record<string, string[]> = {
  'retry-storm-on-erp': [
    'async-step-requires-retry-policy',
    'asyncapi-info-contact',
    'asyncapi-info-description',
    'asyncapi-info-license',
    'asyncapi-latest-version',
    'asyncapi-operation-description',
    'asyncapi-operation-operationId',
    'asyncapi-servers',
    'asyncapi-tags',
    'contract-operation-used',
    'info-contact',
    'info-description',
    'oas3-api-servers',
    'operation-description',
    'operation-tags',
    'retry-attempts-bounded',
    'retry-interval-order',
    'retry-jitter-on-shared-system',
    'retry-traffic-under-erp-limit',
    'vendor-release-outside-freeze',
  ],
  'unreachable-order-sla': [
    'asyncapi-info-contact',
    'asyncapi-info-description',
    'asyncapi-info-license',
    'asyncapi-latest-version',
    'asyncapi-operation-description',
    'asyncapi-operation-operationId',
    'asyncapi-servers',
    'asyncapi-tags',
    'info-contact',
    'info-description',
    'mapping-targets-exist',
    'oas3-api-servers',
    'operation-description',
    'operation-tags',
    'sla-percentiles-ordered',
    'sla-reachable',
    'workflow-has-sla',
  ],
  'refund-without-audit': [
    'async-step-requires-dead-letter',
    'asyncapi-info-contact',
    'asyncapi-info-description',
    'asyncapi-info-license',
    'asyncapi-latest-version',
    'asyncapi-operation-description',
    'asyncapi-operation-operationId',
    'asyncapi-servers',
    'asyncapi-tags',
    'audit-trail-required',
    'exception-class-has-owner',
    'info-contact',
    'info-description',
    'oas3-api-servers',
    'operation-description',
    'operation-tags',
    'state-transition-valid',
  ],
};

async function firedRules(example: string): Promise<string[]> {
  const result = await lintWorkspaceFolder(path.join(EXAMPLES, example));
  return [...new Set(result.findings.map((finding) => finding.ruleId))].sort();
}

describe('resilience and SLA examples', () => {
  for (const [example, rules] of Object.entries(EXPECTED_RULES)) {
    it(`${example} fires exactly its rules`, async () => {
      expect(await firedRules(example)).toEqual(rules);
    });
  }

  it('retry storm reports the worst-case ERP traffic', async () => {
    const result = await lintWorkspaceFolder(path.join(EXAMPLES, 'retry-storm-on-erp'));
    const traffic = result.findings.filter((finding) => finding.ruleId === 'retry-traffic-under-erp-limit');
    expect(traffic.map((finding) => finding.message)).toEqual([
      "worst-case retry traffic to 'erp' at peak is 2250/s (90/s x 25 attempts on 'order-capture.post-order'), above its rate limit of 100/s; lower maxAttempts, add a rate limit on the caller, or raise the ERP limit",
    ]);
    expect(traffic[0].location).toMatchObject({ file: 'ownership.yaml', pointer: '/systems/2/rateLimits/0/limit' });
  });
});
