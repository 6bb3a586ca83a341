import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/contracts/load.js';
import type { Contract } from '../../../src/contracts/types.js';
import { diffContracts } from '../../../src/diff/contracts.js';
import type { Change } from '../../../src/diff/types.js';
import { InputError } from '../../../src/errors.js';
import { CORPUS_DIR } from '../../helpers/corpus.js';

const present = existsSync(path.join(CORPUS_DIR, 'MANIFEST.tsv'));

/**
 * The EPCIS draft closes a multi-line flow collection at the indentation of its parent key, which
 * YAML 1.2 forbids, so the loader rejects it and its pair cannot be compared.
 */
const UNLOADABLE = new Set(['gs1-epcis/epcis-openapi.v-old.yaml']);

interface ManifestRow {
  file: string;
  kind: string;
  pairWith: string;
}

function readManifest(): ManifestRow[] {
  const [header, ...rows] = readFileSync(path.join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const columns = header.split('\t');
  const cell = (cells: string[], name: string): string => cells[columns.indexOf(name)] ?? '';
  return rows.map((row) => row.split('\t')).map((cells) => ({ file: cell(cells, 'file'), kind: cell(cells, 'kind'), pairWith: cell(cells, 'pair_with') }));
}

const contracts = new Map<string, Promise<Contract>>();
function load(file: string): Promise<Contract> {
  let contract = contracts.get(file);
  if (contract === undefined) {
    contract = loadContract(path.join(CORPUS_DIR, file), { root: CORPUS_DIR });
    contracts.set(file, contract);
  }
  return contract;
}

const pairs = new Map<string, Promise<Change[]>>();
/** Compares the `.v-old` and `.v-new` versions of a corpus contract, once per test run. */
function diffPair(stem: string, extension: string): Promise<Change[]> {
  let changes = pairs.get(stem);
  if (changes === undefined) {
    changes = Promise.all([load(`${stem}.v-old.${extension}`), load(`${stem}.v-new.${extension}`)]).then(([base, revision]) => diffContracts(base, revision));
    pairs.set(stem, changes);
  }
  return changes;
}

function messagesOf(changes: Change[], id: string): string[] {
  return changes.filter((change) => change.id === id).map((change) => change.message);
}

const OPENAPI_FILES = present ? readManifest().filter((row) => row.kind.startsWith('openapi-')) : [];
const LONG = 120_000;

describe.skipIf(!present)(`OpenAPI diff of corpus pairs${present ? '' : ` (skipped: no corpus at ${CORPUS_DIR})`}`, () => {
  it('Adyen Terminal API: POST /loyalty removed, POST /abort added', async () => {
    const changes = await diffPair('adyen/TerminalAPI-v1', 'json');
    expect(messagesOf(changes, 'path-removed')).toEqual(['path /loyalty was removed']);
    expect(messagesOf(changes, 'path-added')).toEqual(['path /abort was added']);
  }, LONG);

  it('Amazon fulfillment outbound: deliveryOfferings removed', async () => {
    const changes = await diffPair('amazon-sp-api/fulfillmentOutbound_2020-07-01', 'json');
    expect(messagesOf(changes, 'operation-removed')).toEqual([
      'operation POST /fba/outbound/2020-07-01/deliveryOfferings was removed without being deprecated first',
    ]);
  }, LONG);

  it('AvaTax: the filing attachment path only renames its parameter', async () => {
    const changes = await diffPair('avalara/avatax-rest-v2', 'json');
    const attachment = 'GET /api/v2/companies/{companyId}/filings/{filingReturnId}/attachment';
    const structural = changes.filter((change) => change.area === 'paths' || change.area === 'operations' || change.id.startsWith('parameter-'));
    expect(structural.filter((change) => change.usedBy?.includes(attachment))).toEqual([]);
    expect(messagesOf(changes, 'path-removed')).toEqual([]);
    expect(messagesOf(changes, 'operation-removed')).toEqual([]);
    expect(messagesOf(changes, 'path-added')).toHaveLength(34);
  }, LONG);

  it('Medusa: GET /store/shipping-options requires cart_id', async () => {
    const changes = await diffPair('medusa/store.openapi.full', 'yaml');
    const added = changes.filter((change) => change.id === 'parameter-added-required');
    expect(added.map((change) => [change.message, change.usedBy])).toEqual([["required query parameter 'cart_id' was added", ['GET /store/shipping-options']]]);
    expect(added[0].level).toBe('breaking');
  }, LONG);

  it('VTEX logistics: {cep} renamed, /commit replaced by /confirm', async () => {
    const changes = await diffPair('vtex/logistics-api', 'json');
    expect(changes.map((change) => change.message)).toEqual([
      'path /availability/v1/inventory/batch/{batchId}/commit was removed',
      'path /availability/v1/inventory/batch/{batchId}/confirm was added',
    ]);
  }, LONG);

  it('Spree storefront: PUT wishlist removed, parameters became required', async () => {
    const changes = await diffPair('spree/storefront.index', 'yaml');
    expect(messagesOf(changes, 'operation-removed')).toEqual(['operation PUT /api/v2/storefront/wishlists/{token} was removed without being deprecated first']);
    expect(changes.filter((change) => change.id === 'parameter-became-required').map((change) => [change.message, change.usedBy])).toEqual([
      ["query parameter 'country_iso' became required", ['GET /api/v2/storefront/cart/estimate_shipping_rates']],
      ["query parameter 'guest_order_token' became required", ['PATCH /api/v2/storefront/cart/associate']],
      ["query parameter 'new_currency' became required", ['PATCH /api/v2/storefront/cart/change_currency']],
    ]);
  }, LONG);

  it('Square: labor timecards and scheduled shifts added', async () => {
    const changes = await diffPair('square/api', 'json');
    expect(messagesOf(changes, 'path-added')).toEqual([
      'path /v2/labor/scheduled-shifts was added',
      'path /v2/labor/scheduled-shifts/bulk-publish was added',
      'path /v2/labor/scheduled-shifts/search was added',
      'path /v2/labor/scheduled-shifts/{id} was added',
      'path /v2/labor/scheduled-shifts/{id}/publish was added',
      'path /v2/labor/timecards was added',
      'path /v2/labor/timecards/search was added',
      'path /v2/labor/timecards/{id} was added',
    ]);
    expect(messagesOf(changes, 'operation-deprecated')).toContain('operation POST /v2/labor/shifts is deprecated');
    expect(changes.filter((change) => change.level === 'breaking' && change.area !== 'schemas' && !change.id.startsWith('request-body-') && !change.id.startsWith('response-body-'))).toEqual([]);
  }, LONG);

  it('rejects the EPCIS draft that it cannot parse', async () => {
    for (const file of UNLOADABLE) await expect(load(file)).rejects.toBeInstanceOf(InputError);
  });

  it.each(OPENAPI_FILES.filter((row) => !UNLOADABLE.has(row.file)).map((row) => row.file))('%s diffed with itself is empty', async (file) => {
    const contract = await load(file);
    expect(diffContracts(contract, contract)).toEqual([]);
  }, LONG);
});
