import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { generateAdapters } from '../../../src/generate/adapters/index.js';
import type { GeneratedFile } from '../../../src/generate/emit/types.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import type { Workspace } from '../../../src/workspace/types.js';
import { removeGenerated, typeCheck, writeGenerated } from './compile.js';

afterAll(removeGenerated);

const REFERENCE_ESTATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let workspace: Workspace;
let files: GeneratedFile[];

beforeAll(async () => {
  workspace = await loadWorkspace(REFERENCE_ESTATE);
  files = generateAdapters(workspace);
}, 60_000);

function file(filePath: string): string {
  const found = files.find((candidate) => candidate.path === filePath);
  if (found === undefined) throw new Error(`no generated file ${filePath}`);
  return found.content;
}

describe('generateAdapters on the reference estate', () => {
  it('type-checks under strict with zero errors', () => {
    expect(typeCheck(writeGenerated(files))).toEqual([]);
  }, 120_000);

  it('regenerates byte-identically', () => {
    expect(generateAdapters(workspace)).toEqual(files);
  });

  it('writes one folder per system with contracts, the runtime and an index', () => {
    const paths = files.map((generated) => generated.path);
    expect(paths).toEqual([...paths].sort());
    for (const expected of ['index.ts', 'oms/index.ts', 'oms/system.ts', 'oms/order-process-api.ts', 'oms/order-events.ts', 'erp/erp-posting-system-api.ts', 'pim/product-events.ts', 'runtime/http-client.ts', 'runtime/events.ts', 'runtime/retry.ts']) {
      expect(paths).toContain(expected);
    }
    expect(paths).not.toContain('pim/system.ts');
    expect(paths.some((generated) => generated.startsWith('crm/'))).toBe(false);
    expect(file('oms/index.ts')).toContain("export * as orderProcessApi from './order-process-api.js';");
  });

  it('limits the output to the system --system names', () => {
    const paths = generateAdapters(workspace, { system: 'erp' }).map((generated) => generated.path);
    expect(paths.filter((generated) => !generated.startsWith('runtime/'))).toEqual(['erp/erp-posting-system-api.ts', 'erp/index.ts', 'erp/price-events.ts', 'erp/system.ts', 'index.ts']);
  });

  it('rejects an unknown system and one without contracts', () => {
    expect(() => generateAdapters(workspace, { system: 'nowhere' })).toThrow(UsageError);
    expect(() => generateAdapters(workspace, { system: 'nowhere' })).toThrow(/unknown system 'nowhere'; systems with contracts: marketplace-nile/);
    expect(() => generateAdapters(workspace, { system: 'crm' })).toThrow(/system 'crm' declares no contracts/);
  });

  it('wires the declared idempotency key, retry policy and dead-letter route into the spec', () => {
    const erp = file('erp/erp-posting-system-api.ts');
    expect(erp).toContain('readonly "order.id": IdentityValue;');
    expect(erp).toContain('["operation", "postSalesOrder"]');
    expect(erp).toMatch(/idempotencyKey: \{\s+in: "header",\s+name: "Repeatability-Request-ID"/);
    expect(erp).toMatch(/id: "erp-posting",\s+maxAttempts: 6,\s+initialIntervalMs: 2000,\s+backoffCoefficient: 2,\s+maxIntervalMs: 300000,\s+jitter: "full",\s+timeoutMs: 10000/);
    expect(erp).toContain('honourRetryAfter: true');
    expect(erp).toContain('{ id: "erp-posting-rejected", kind: "business-rule" }');
    expect(erp).toContain('queue: "erp-posting-dlq"');
  });

  it('leaves a non-string body key to the caller', () => {
    const nile = file('marketplace-nile/nile-seller-api.ts');
    const input = /export interface UpdateListingQuantityInput \{[\s\S]*?\n\}/.exec(nile)?.[0] ?? '';
    expect(input).not.toContain('identity');
    expect(nile.replace(/\n \*\s+/g, ' ')).toContain('the caller supplies body property `sequence` (from sku, availability.sequence)');
  });

  it('writes the system rate limits into its client', () => {
    expect(file('marketplace-nile/system.ts')).toContain('[{ scope: "api", perSecond: 50, burst: 100 }]');
    expect(file('marketplace-nile/system.ts')).toContain('export function createMarketplaceNileClient(options: ClientOptions = {}): HttpClient {');
  });

  it('gives event consumers the policies of the delivering steps', () => {
    const orders = file('oms/order-events.ts');
    const consumer = /const consumeOrderAcceptedSpec[\s\S]*?\n\};/.exec(orders)?.[0] ?? '';
    expect(consumer).toContain('step: "deliver-order-to-crm"');
    expect(consumer).toContain('{ id: "consumer-unavailable", kind: "downstream-unavailable" }');
    const publisher = /const publishOrderAcceptedSpec[\s\S]*?\n\};/.exec(orders)?.[0] ?? '';
    expect(publisher).toContain('step: "publish-order-accepted"');
  });
});
