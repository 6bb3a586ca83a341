import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangeCollector } from '../../../src/diff/collector.js';
import { compareDeclarations } from '../../../src/diff/declarations/compare.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { DIFF_FIXTURES } from '../../helpers/diff.js';
import { writeWorkspace } from '../../helpers/estate.js';

const REFERENCE_ESTATE = path.resolve(import.meta.dirname, '../../..');
const BASE = readFileSync(path.join(DIFF_FIXTURES, 'sla-target-loosened/base/ownership.yaml'), 'utf8');

/** Compares only the declarations of two estate folders. */
async function diffDeclarations(baseFolder: string, revisionFolder: string) {
  const collector = new ChangeCollector();
  compareDeclarations(await loadWorkspace(baseFolder), await loadWorkspace(revisionFolder), collector);
  return collector.changes();
}

/** Compares the small base estate with a copy edited by `edits` (each an exact text and its replacement). */
async function diffEdited(edits: Array<[string, string]>) {
  let revision = BASE;
  for (const [before, after] of edits) {
    expect(revision).toContain(before);
    revision = revision.replace(before, after);
  }
  return diffDeclarations(writeWorkspace({ 'ownership.yaml': BASE }), writeWorkspace({ 'ownership.yaml': revision }));
}

/** Copies the reference estate (declarations, models and contracts) into a new temporary folder. */
function copyReferenceEstate(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'retailgov-estate-'));
  for (const entry of ['ownership.yaml', 'declarations', 'models', 'contracts']) {
    cpSync(path.join(REFERENCE_ESTATE, entry), path.join(copy, entry), { recursive: true });
  }
  return copy;
}

function edit(file: string, before: string, after: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(before);
  writeFileSync(file, text.replace(before, after));
}

describe('reference estate', () => {
  it('has no declaration changes against itself', async () => {
    expect(await diffDeclarations(REFERENCE_ESTATE, REFERENCE_ESTATE)).toEqual([]);
  });

  it('reports a changed owner and a loosened SLA in a copy', async () => {
    const copy = copyReferenceEstate();
    edit(path.join(copy, 'declarations/objects.yaml'), '  - id: inventory-physical\n    kind: inventory-physical\n    owner: wms', '  - id: inventory-physical\n    kind: inventory-physical\n    owner: erp');
    edit(path.join(copy, 'declarations/slas.yaml'), 'targets: { p50: 30s, p95: 2m, p99: 5m, max: 15m }', 'targets: { p50: 30s, p95: 4m, p99: 5m, max: 15m }');

    const changes = await diffDeclarations(REFERENCE_ESTATE, copy);
    expect(changes.map((change) => change.id).sort()).toEqual(['object-owner-changed', 'sla-target-loosened']);

    const owner = changes.find((change) => change.id === 'object-owner-changed')!;
    expect(owner.level).toBe('breaking');
    expect(owner.direction).toBe('declaration');
    expect(owner.message).toBe("the owner of business object 'inventory-physical' changed from 'wms' to 'erp'");
    expect(owner.base).toEqual({ file: 'declarations/objects.yaml', pointer: '/objects/1/owner', line: 18, column: 5 });
    expect(owner.revision).toEqual({ file: 'declarations/objects.yaml', pointer: '/objects/1/owner', line: 18, column: 5 });

    const sla = changes.find((change) => change.id === 'sla-target-loosened')!;
    expect(sla.message).toBe("the p95 target of SLA 'order-to-erp-post' was loosened from 2m to 4m");
    expect(sla.base).toMatchObject({ file: 'declarations/slas.yaml', pointer: '/slas/0/targets/p95', line: 11 });
  });
});

describe('declaration comparison', () => {
  it('places a removed element at its parent list on the other side', async () => {
    const [change] = await diffEdited([['  - id: erp-posting\n    maxAttempts: 6\n    initialInterval: 2s\n    backoffCoefficient: 2\n    maxInterval: 5m\n    jitter: full\n    timeout: 10s\n    retryableErrors: [timeout, http-503]\n', '  []\n']]);
    expect(change.id).toBe('retry-policy-removed');
    expect(change.base?.pointer).toBe('/retryPolicies/0');
    expect(change.revision?.pointer).toBe('/retryPolicies');
  });

  it('treats a dropped field owner as the object owner taking over', async () => {
    const changes = await diffEdited([['    fields:\n      - field: cost\n        owner: erp\n', '']]);
    expect(changes.map((change) => change.message)).toEqual(["the owner of field 'cost' of business object 'product' changed from 'erp' to 'pim'"]);
  });

  it('treats a dropped SLA target as loosened', async () => {
    const changes = await diffEdited([['targets: { p50: 30s, p95: 2m, p99: 5m, max: 15m }', 'targets: { p50: 30s, p95: 2m, p99: 5m }']]);
    expect(changes.map((change) => [change.id, change.message])).toEqual([
      ['sla-target-loosened', "the max target of SLA 'order-to-erp-post' was loosened from 15m to none"],
    ]);
  });

  it('compares durations by value, not by spelling', async () => {
    expect(await diffEdited([['p95: 2m,', 'p95: 120s,'], ['initialInterval: 2s', 'initialInterval: 2000ms']])).toEqual([]);
  });

  it('treats a dropped traffic rate limit as raised', async () => {
    const changes = await diffEdited([['    rateLimit: { scope: webshop, limit: 20/s, burst: 40, onExceed: reject-429 }\n', '']]);
    expect(changes.map((change) => [change.id, change.message])).toEqual([
      ['rate-limit-raised', "the rate limit of channel 'webshop' in workflow 'order-capture' was raised from 20/s to no limit"],
    ]);
  });

  it('compares rates by value', async () => {
    expect(await diffEdited([['        limit: 100/s', '        limit: 6000/min']])).toEqual([]);
  });

  it('ignores the order of steps, retryable errors and dead-letter classes', async () => {
    const capture = BASE.slice(BASE.indexOf('      - id: capture-web-order'), BASE.indexOf('      - id: post-order-to-erp'));
    const changes = await diffEdited([
      [capture, ''],
      ['        deadLetter: { queue: order-dlq, exceptionClasses: [erp-validation, erp-unavailable] }\n',
        `        deadLetter: { queue: order-dlq, exceptionClasses: [erp-unavailable, erp-validation] }\n${capture}`],
      ['retryableErrors: [timeout, http-503]', 'retryableErrors: [http-503, timeout]'],
    ]);
    expect(changes).toEqual([]);
  });

  it('reports a reordered idempotency key, which derives another key', async () => {
    const changes = await diffEdited([['from: [channel, order.channelOrderId]', 'from: [order.channelOrderId, channel]']]);
    expect(changes.map((change) => [change.id, change.message])).toEqual([[
      'step-idempotency-key-changed',
      "the idempotency key of step 'capture-web-order' in workflow 'order-capture' changed from header Idempotency-Key from [channel, order.channelOrderId] to header Idempotency-Key from [order.channelOrderId, channel]",
    ]]);
  });

  it('does not report a freeze window that grew', async () => {
    expect(await diffEdited([['      start: 2027-11-15', '      start: 2027-11-08']])).toEqual([]);
  });

  it('names the dates of a shortened freeze window', async () => {
    const [change] = await diffEdited([['      start: 2027-11-15', '      start: 2027-11-22']]);
    expect(change.message).toBe("freeze window 'peak-trading-2027' was shortened from 2027-11-15/2027-12-03 to 2027-11-22/2027-12-03 (start/end)");
    expect(change.revision?.pointer).toBe('/changeControl/freezeWindows/0/start');
  });

  it('places a removed approver at its position in the base list', async () => {
    const [change] = await diffEdited([['breakingChangeApprovers: [architecture-board, finance-systems]', 'breakingChangeApprovers: [finance-systems]']]);
    expect(change.id).toBe('breaking-change-approver-removed');
    expect(change.base?.pointer).toBe('/changeControl/breakingChangeApprovers/0');
    expect(change.revision?.pointer).toBe('/changeControl/breakingChangeApprovers');
  });

  it('reports a lowered and a raised maxAttempts with their own ids', async () => {
    const lowered = await diffEdited([['maxAttempts: 6', 'maxAttempts: 2']]);
    expect(lowered.map((change) => [change.id, change.level, change.direction])).toEqual([['retry-max-attempts-lowered', 'warning', 'declaration']]);
    const raised = await diffEdited([['maxAttempts: 6', 'maxAttempts: 8']]);
    expect(raised.map((change) => change.message)).toEqual(["retry policy 'erp-posting' raised maxAttempts from 6 to 8"]);
  });
});
