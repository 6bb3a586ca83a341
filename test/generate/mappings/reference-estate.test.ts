import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMappings, type GeneratedMappings } from '../../../src/generate/mappings/index.js';
import { formatWarning } from '../../../src/generate/warnings.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { transpile, writeGenerated } from '../adapters/compile.js';
import { runNodeTests, typeCheckWithNode } from './compile.js';

const REPO = path.resolve(new URL('../../..', import.meta.url).pathname);

/** Copies the reference estate (declarations, contracts, models) into a temporary folder. */
function copyReferenceEstate(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'retailgov-estate-'));
  for (const entry of ['ownership.yaml', 'declarations', 'contracts', 'models', 'schemas']) {
    cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
  return root;
}

describe('mappings of the reference estate', () => {
  let generated: GeneratedMappings;
  let folder: string;

  beforeAll(async () => {
    generated = generateMappings(await loadWorkspace(REPO));
    folder = writeGenerated(generated.files, 'retailgov-mappings-');
  }, 60_000);

  it('generates a module and a test per mapping', () => {
    const paths = generated.files.map((file) => file.path).sort();
    expect(paths).toEqual([
      'mappings/contracts/erp-posting-system-api.ts',
      'mappings/contracts/nile-seller-api.ts',
      'mappings/index.ts',
      'mappings/models/order-v1.ts',
      'mappings/nile-order-to-canonical.test.ts',
      'mappings/nile-order-to-canonical.ts',
      'mappings/order-to-erp-sales-order.test.ts',
      'mappings/order-to-erp-sales-order.ts',
      'runtime/mapping-errors.ts',
      'runtime/mapping-money.ts',
      'runtime/mapping-time.ts',
      'runtime/mapping-values.ts',
    ]);
  });

  it('warns about rejected enum values', () => {
    expect(generated.warnings.map((warning) => formatWarning(warning))).toEqual([
      `declarations/mappings.yaml:27:9: warning: mapping nile-order-to-canonical: source values "Pending", "PartiallyShipped", "Shipped" of 'orderStatus' are not in the value map of 'status'; they are rejected with a MappingError`,
    ]);
  });

  it('compiles under strict settings', () => {
    expect(typeCheckWithNode(folder)).toEqual([]);
  });

  it('passes its generated tests', () => {
    transpile(folder);
    const run = runNodeTests(folder);
    expect(run.failed, run.output).toBe(0);
    // Three examples and one enum check for the Nile order, two examples and one enum check for the ERP order.
    expect(run.passed, run.output).toBe(7);
    expect(run.status).toBe(0);
  });

  it('regenerates byte-identical files', async () => {
    const again = generateMappings(await loadWorkspace(REPO));
    expect(again.files).toEqual(generated.files);
  });

  it('generated tests fail on a wrong example', async () => {
    const estate = copyReferenceEstate();
    const mappingsFile = path.join(estate, 'declarations/mappings.yaml');
    // The ERP expects 59.90 for 5990 cents; 59.9 is what float formatting would give.
    writeFileSync(mappingsFile, readFileSync(mappingsFile, 'utf8').replace("value: '59.90'\n            currencyCode: EUR\n          taxAmount", "value: '59.9'\n            currencyCode: EUR\n          taxAmount"));
    const broken = writeGenerated(generateMappings(await loadWorkspace(estate)).files, 'retailgov-mappings-');
    transpile(broken);
    const run = runNodeTests(broken);
    expect(run.failed, run.output).toBe(1);
    expect(run.output).toMatch(/example: marketplace order with German VAT/);
  });
});
