import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contracts/load.js';
import { generateContractAdapter } from '../../src/generate/adapters/index.js';
import { CORPUS_DIR } from '../helpers/corpus.js';
import { removeGenerated, typeCheck, writeGenerated } from '../generate/adapters/compile.js';

afterAll(removeGenerated);

/** The first file in a corpus folder whose name matches, so a renamed version is still found. */
function pick(folder: string, pattern: RegExp): string {
  const name = readdirSync(path.join(CORPUS_DIR, folder)).sort().find((entry) => pattern.test(entry));
  if (name === undefined) throw new Error(`no file matching ${pattern} in ${folder}`);
  return path.join(folder, name);
}

describe.skipIf(!existsSync(CORPUS_DIR))('adapters for real contracts', () => {
  const cases = existsSync(CORPUS_DIR)
    ? [
      ['Adyen checkout (OpenAPI 3.1)', 'adyen/CheckoutService-v71.v-new.json'],
      ['Amazon orders v0 (Swagger 2.0)', 'amazon-sp-api/ordersV0.v-new.json'],
      ['Shippo (OpenAPI 3.1)', pick('shippo', /\.ya?ml$|\.json$/)],
      ['SAP S/4HANA sales order (OpenAPI 3.0)', pick('sap-s4hana', /SALES_ORDER/)],
      ['Streetlights (AsyncAPI 3)', 'asyncapi-spec/v3/streetlights-kafka-asyncapi.yml'],
    ]
    : [];

  it.each(cases)('%s compiles under strict', async (_title, relative) => {
    const absolute = path.join(CORPUS_DIR, relative!);
    const contract = await loadContract(absolute, { root: path.dirname(absolute) });
    const files = generateContractAdapter(contract, { fileName: 'adapter' });
    const adapter = files.find((file) => file.path === 'adapter.ts')!.content;
    expect(adapter).toMatch(/export (async )?function \w+/);
    expect(typeCheck(writeGenerated(files))).toEqual([]);
  }, 300_000);
});
