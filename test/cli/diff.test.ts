import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change, DiffResult } from '../../src/diff/types.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { DIFF_FIXTURES } from '../helpers/diff.js';
import { writeWorkspace } from '../helpers/estate.js';
import {
  BLACK_FRIDAY_FREEZE, estateFiles, ORDER_SCHEMA, ORDER_SCHEMA_WITHOUT_GIFT_MESSAGE, ORDERS_V1, STOCK_EVENTS, waiverFile,
} from './diff-fixtures.js';

const ORDERS_SWAGGER_JSON = JSON.stringify({
  swagger: '2.0',
  info: { title: 'Orders', version: '1.0.0' },
  paths: {
    '/orders/{orderId}': {
      get: {
        operationId: 'getOrder',
        produces: ['application/json'],
        parameters: [{ name: 'orderId', in: 'path', required: true, type: 'string' }],
        responses: { 200: { description: 'The order', schema: { $ref: '#/definitions/Order' } } },
      },
    },
  },
  definitions: {
    Order: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { type: 'string' } } },
  },
}, null, 2);

/** Writes a base and a revision estate side by side: `base/` and `revision/` in one temp folder. */
function estatePair(base: Record<string, string>, revision: Record<string, string>): string {
  const files: Record<string, string> = {};
  for (const [file, text] of Object.entries(base)) files[`base/${file}`] = text;
  for (const [file, text] of Object.entries(revision)) files[`revision/${file}`] = text;
  return writeWorkspace(files);
}

/** Base estate with `legacy-stock-api`, revision without it: one breaking `contract-removed`. */
function removalPair(revisionExtra = '', revisionFiles: Record<string, string> = {}): string {
  return estatePair(
    estateFiles({ contracts: ['legacy-stock-api', 'stock-api'] }),
    { ...estateFiles({ contracts: ['stock-api'], extra: revisionExtra }), ...revisionFiles },
  );
}

function json(run: CliRun): DiffResult {
  expect(run.stderr).not.toMatch(/internal error/);
  return JSON.parse(run.stdout) as DiffResult;
}

function only(result: DiffResult, id: string): Change {
  const matches = result.changes.filter((change) => change.id === id);
  expect(matches, `changes with id ${id}`).toHaveLength(1);
  return matches[0];
}

function expectInputError(run: CliRun, pattern: RegExp): void {
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.stdout).toBe('');
  expect(run.exitCode).toBe(2);
}

describe('diff command: contract files', () => {
  it('self-diff has no changes', async () => {
    const root = writeWorkspace({ 'orders.yaml': ORDERS_V1, 'common/order.yaml': ORDER_SCHEMA });
    const run = await runCli(['diff', 'orders.yaml', 'orders.yaml', '--format', 'json', '--date', '2026-01-15'], root);
    expect(json(run).changes).toEqual([]);
    expect(json(run).summary).toEqual({ date: '2026-01-15', breaking: 0, warning: 0, info: 0, waived: 0, expiredWaivers: 0, inFreeze: 0 });
    expect(run.exitCode).toBe(0);
  });

  it('removed response property fails', async () => {
    const root = writeWorkspace({
      'v1/orders.yaml': ORDERS_V1, 'v1/common/order.yaml': ORDER_SCHEMA,
      'v2/orders.yaml': ORDERS_V1, 'v2/common/order.yaml': ORDER_SCHEMA_WITHOUT_GIFT_MESSAGE,
    });
    const run = await runCli(['diff', 'v1/orders.yaml', 'v2/orders.yaml', '--format', 'json'], root);
    const result = json(run);
    expect(Object.keys(result)).toEqual(['changes', 'summary']);
    const breaking = result.changes.filter((change) => change.level === 'breaking');
    expect(breaking.length).toBeGreaterThan(0);
    expect(breaking[0].base).toMatchObject({ file: 'v1/common/order.yaml', pointer: '/Order/properties/giftMessage', line: 9, column: 5 });
    expect(breaking[0].revision?.file).toBe('v2/common/order.yaml');
    expect(result.summary.breaking).toBe(breaking.length);
    expect(run.exitCode).toBe(1);
  });

  it('fail-on none reports without failing', async () => {
    const root = writeWorkspace({
      'v1/orders.yaml': ORDERS_V1, 'v1/common/order.yaml': ORDER_SCHEMA,
      'v2/orders.yaml': ORDERS_V1, 'v2/common/order.yaml': ORDER_SCHEMA_WITHOUT_GIFT_MESSAGE,
    });
    const run = await runCli(['diff', 'v1/orders.yaml', 'v2/orders.yaml', '--fail-on', 'none', '--format', 'json'], root);
    expect(json(run).summary.breaking).toBeGreaterThan(0);
    expect(run.exitCode).toBe(0);
  });

  it('Swagger 2.0 JSON against OpenAPI 3.1 YAML', async () => {
    const root = writeWorkspace({ 'v1/orders.json': ORDERS_SWAGGER_JSON, 'v2/orders.yaml': ORDERS_V1, 'v2/common/order.yaml': ORDER_SCHEMA_WITHOUT_GIFT_MESSAGE });
    const run = await runCli(['diff', 'v1/orders.json', 'v2/orders.yaml', '--format', 'json'], root);
    expect(json(run).changes.map((change) => change.id)).toEqual(['openapi-version-changed']);
    expect(run.exitCode).toBe(0);
  });

  it('OpenAPI against AsyncAPI is one breaking change', async () => {
    const root = writeWorkspace({ 'orders.yaml': ORDERS_V1, 'common/order.yaml': ORDER_SCHEMA, 'stock.yaml': STOCK_EVENTS });
    const run = await runCli(['diff', 'orders.yaml', 'stock.yaml', '--format', 'json'], root);
    expect(json(run).changes.map((change) => change.id)).toEqual(['document-format-changed']);
    expect(run.exitCode).toBe(1);
  });

  it('text is the default format', async () => {
    const root = writeWorkspace({ 'orders.yaml': ORDERS_V1, 'common/order.yaml': ORDER_SCHEMA, 'stock.yaml': STOCK_EVENTS });
    const run = await runCli(['diff', 'orders.yaml', 'stock.yaml'], root);
    expect(run.stdout).toMatch(/document-format-changed/);
    expect(() => JSON.parse(run.stdout)).toThrow();
    expect(run.exitCode).toBe(1);
  });
});

describe('diff command: estates', () => {
  it('removed contract is breaking, added is info', async () => {
    const root = estatePair(
      estateFiles({ contracts: ['legacy-stock-api'] }),
      estateFiles({ contracts: ['stock-api'] }),
    );
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json'], root);
    const result = json(run);
    const removed = only(result, 'contract-removed');
    expect(removed).toMatchObject({ level: 'breaking', contract: 'legacy-stock-api', system: 'oms' });
    // Paths are relative to the current folder, which contains both estates.
    expect(removed.base).toMatchObject({ file: 'base/ownership.yaml', pointer: '/systems/0/contracts/0', line: 11, column: 9 });
    expect(removed.revision).toMatchObject({ file: 'revision/ownership.yaml', pointer: '/systems/0/contracts' });
    const added = only(result, 'contract-added');
    expect(added).toMatchObject({ level: 'info', contract: 'stock-api', system: 'oms' });
    expect(run.exitCode).toBe(1);
  });

  it('identical estates have no changes', async () => {
    const files = estateFiles({ contracts: ['stock-api'], extra: BLACK_FRIDAY_FREEZE });
    const root = estatePair(files, files);
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json'], root);
    expect(json(run).changes).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('valid waiver in the revision folder accepts the change', async () => {
    const root = removalPair('', { '.retailgov-waivers.yaml': waiverFile('2026-03-31') });
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--date', '2026-01-15'], root);
    const result = json(run);
    expect(only(result, 'contract-removed').waiver).toEqual({
      approver: 'integration-board', reason: 'every consumer moved to stock-api', expires: '2026-03-31', expired: false,
    });
    expect(result.summary.waived).toBe(1);
    expect(run.exitCode).toBe(0);
  });

  it('expired waiver fails even with fail-on none', async () => {
    const root = removalPair('', { '.retailgov-waivers.yaml': waiverFile('2025-12-31') });
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--date', '2026-01-15', '--fail-on', 'none'], root);
    const result = json(run);
    expect(only(result, 'contract-removed').waiver?.expired).toBe(true);
    expect(result.summary.expiredWaivers).toBe(1);
    expect(result.summary.waived).toBe(0);
    expect(run.exitCode).toBe(1);
  });

  it('--waivers names the file; unused waivers are noted', async () => {
    const root = removalPair();
    writeFileSync(path.join(root, 'board-waivers.yaml'), waiverFile('2026-03-31') + waiverFile('2026-03-31', 'contract-added', 'no-such-api').replace('waivers:\n', ''));
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--waivers', 'board-waivers.yaml', '--date', '2026-01-15'], root);
    expect(only(json(run), 'contract-removed').waiver?.expired).toBe(false);
    expect(run.stderr).toMatch(/^note: board-waivers\.yaml:7:5: the waiver of 'contract-added' at 'no-such-api' matches no change/m);
    expect(run.exitCode).toBe(0);
  });

  it('waiver file in the current folder is used', async () => {
    const root = removalPair();
    writeFileSync(path.join(root, '.retailgov-waivers.yaml'), waiverFile('2026-03-31'));
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--date', '2026-01-15'], root);
    expect(run.exitCode).toBe(0);
  });

  it('estate waivers of change ids apply', async () => {
    const waivers = [
      '  waivers:',
      '    - rule: contract-removed',
      '      target: legacy-stock-api',
      '      approver: integration-board',
      '      reason: replaced by stock-api',
      '      expires: 2026-03-31',
      '',
    ].join('\n');
    const root = removalPair(`changeControl:\n${waivers}`);
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--date', '2026-01-15'], root);
    expect(only(json(run), 'contract-removed').waiver).toMatchObject({ approver: 'integration-board', expired: false });
    expect(run.exitCode).toBe(0);
  });

  it('unknown change id in a waiver is exit 2 with its position', async () => {
    const root = removalPair('', { '.retailgov-waivers.yaml': waiverFile('2026-03-31', 'contract-deleted') });
    const run = await runCli(['diff', 'base', 'revision'], root);
    expectInputError(run, /^error: revision\/\.retailgov-waivers\.yaml:2:5: unknown change id 'contract-deleted'/);
  });

  it('waiver names an SLA by id, whatever its position', async () => {
    const slas = (order: string[], p95: Record<string, string>) => 'slas:\n' + order
      .map((id) => `  - id: ${id}\n    kind: business\n    metric: ${id}\n    targets: { p95: ${p95[id]} }\n`)
      .join('');
    const root = estatePair(
      estateFiles({ contracts: ['stock-api'], extra: slas(['order-to-erp-post', 'stock-update-latency'], { 'order-to-erp-post': '2m', 'stock-update-latency': '2m' }) }),
      estateFiles({ contracts: ['stock-api'], extra: slas(['stock-update-latency', 'order-to-erp-post'], { 'order-to-erp-post': '3m', 'stock-update-latency': '2m' }) }),
    );
    writeFileSync(path.join(root, 'waivers.yaml'), waiverFile('2026-03-31', 'sla-target-loosened', 'slas/order-to-erp-post')
      + waiverFile('2026-03-31', 'sla-target-loosened', 'slas/stock-update-latency').replace('waivers:\n', ''));
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--waivers', 'waivers.yaml', '--date', '2026-01-15'], root);
    const loosened = only(json(run), 'sla-target-loosened');
    expect(loosened.revision).toMatchObject({ file: 'revision/ownership.yaml', pointer: '/slas/1/targets/p95' });
    expect(loosened.waiver).toMatchObject({ approver: 'integration-board', expired: false });
    expect(run.stderr).toMatch(/^note: waivers\.yaml:7:5: the waiver of 'sla-target-loosened' at 'slas\/stock-update-latency' matches no change/m);
    expect(run.exitCode).toBe(0);
  });

  it('waiver names a file as the report shows it', async () => {
    const root = removalPair();
    writeFileSync(path.join(root, 'waivers.yaml'), waiverFile('2026-03-31', 'contract-removed', 'base/ownership.yaml#/systems/0/contracts/0'));
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--waivers', 'waivers.yaml', '--date', '2026-01-15'], root);
    expect(only(json(run), 'contract-removed').waiver?.expired).toBe(false);
    expect(run.exitCode).toBe(0);
  });

  it('breaking change in a freeze window fails and is flagged', async () => {
    const root = removalPair(BLACK_FRIDAY_FREEZE);
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--date', '2025-11-28', '--fail-on', 'none'], root);
    const result = json(run);
    expect(only(result, 'contract-removed').freeze).toEqual({ id: 'black-friday', start: '2025-11-24', end: '2025-12-01' });
    expect(result.changes.filter((change) => change.level !== 'breaking' && change.freeze !== undefined)).toEqual([]);
    expect(result.summary.inFreeze).toBe(1);
    expect(run.exitCode).toBe(1);
  });

  it('outside the freeze window nothing is flagged', async () => {
    const root = removalPair(BLACK_FRIDAY_FREEZE);
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--date', '2025-12-02', '--fail-on', 'none'], root);
    expect(json(run).summary.inFreeze).toBe(0);
    expect(run.exitCode).toBe(0);
  });

  it('waived change in a freeze passes', async () => {
    const root = removalPair(BLACK_FRIDAY_FREEZE, { '.retailgov-waivers.yaml': waiverFile('2026-03-31') });
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--date', '2025-11-28'], root);
    const result = json(run);
    expect(result.summary).toMatchObject({ inFreeze: 1, waived: 1 });
    expect(run.exitCode).toBe(0);
  });

  it('contracts are matched by id, not by file name', async () => {
    const base = estateFiles({ contracts: ['stock-api'] });
    const revision = estateFiles({ contracts: ['stock-api'] });
    revision['ownership.yaml'] = revision['ownership.yaml'].replace('contracts/stock-api.yaml', 'contracts/v2/stock.yaml');
    revision['contracts/v2/stock.yaml'] = revision['contracts/stock-api.yaml'];
    delete revision['contracts/stock-api.yaml'];
    const root = estatePair(base, revision);
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json'], root);
    expect(json(run).changes).toEqual([]);
  });
});

describe('diff command: estate fixture pairs', () => {
  for (const id of ['contract-removed', 'contract-added']) {
    const folder = path.join(DIFF_FIXTURES, id);

    it(`${id} reports exactly the expected ids`, async () => {
      const expected = (JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as { changes: string[] }).changes;
      const run = await runCli(['diff', 'base', 'revision', '--format', 'json', '--fail-on', 'none'], folder);
      expect([...new Set(json(run).changes.map((change) => change.id))].sort()).toEqual(expected);
    });

    it(`${id} sides are empty against themselves`, async () => {
      for (const side of ['base', 'revision']) {
        const run = await runCli(['diff', side, side, '--format', 'json'], folder);
        expect(json(run).changes).toEqual([]);
      }
    });
  }
});

describe('diff command: bad input', () => {
  it('invalid base names the base side', async () => {
    const root = writeWorkspace({ 'v1.yaml': 'openapi: 3.1.0\ninfo: [unclosed\n', 'v2.yaml': STOCK_EVENTS });
    const run = await runCli(['diff', 'v1.yaml', 'v2.yaml'], root);
    expectInputError(run, /^error: base: v1\.yaml:\d+:\d+: invalid YAML/);
  });

  it('invalid revision names the revision side', async () => {
    const root = writeWorkspace({ 'v1.yaml': STOCK_EVENTS, 'v2.yaml': 'asyncapi: 3.0.0\ninfo:\n  title: x\n  title: y\n' });
    const run = await runCli(['diff', 'v1.yaml', 'v2.yaml'], root);
    expectInputError(run, /^error: revision: v2\.yaml:4:3: invalid YAML: duplicate key 'title'/);
  });

  it('invalid revision estate names side and file', async () => {
    const revision = estateFiles({ contracts: ['stock-api'] });
    revision['ownership.yaml'] = revision['ownership.yaml'].replace('layer: process', 'layer: backend');
    const root = estatePair(estateFiles({ contracts: ['stock-api'] }), revision);
    const run = await runCli(['diff', 'base', 'revision'], root);
    expectInputError(run, /^error: revision: ownership\.yaml:8:5: invalid declaration: \/systems\/0\/layer must be one of/);
  });

  it('broken $ref is noted, not fatal', async () => {
    const root = writeWorkspace({ 'v2.yaml': ORDERS_V1, 'common/order.yaml': ORDER_SCHEMA, 'old/v1.yaml': ORDERS_V1 });
    const run = await runCli(['diff', 'old/v1.yaml', 'v2.yaml', '--format', 'json'], root);
    expect(run.stderr).toBe('note: base: 1 $ref points to nothing and was skipped; retailgov lint lists it\n');
    expect(json(run).summary).toBeDefined();
    expect(run.exitCode).not.toBe(2);
  });

  it('looping $ref chain names the side', async () => {
    const looping = ORDERS_V1.replace("'./common/order.yaml#/Order'", "'#/components/schemas/Order'")
      + 'components:\n  schemas:\n    Order:\n      $ref: "#/components/schemas/OrderAlias"\n    OrderAlias:\n      $ref: "#/components/schemas/Order"\n';
    const root = writeWorkspace({ 'v1.yaml': ORDERS_V1, 'common/order.yaml': ORDER_SCHEMA, 'v2.yaml': looping });
    const run = await runCli(['diff', 'v1.yaml', 'v2.yaml'], root);
    expectInputError(run, /^error: revision: v2\.yaml:25:7: circular \$ref/);
  });

  it('remote $ref is noted, never fetched', async () => {
    const remote = ORDERS_V1.replace("'./common/order.yaml#/Order'", "'https://schemas.example-retail.com/order.yaml#/Order'");
    const root = writeWorkspace({ 'v1.yaml': remote, 'v2.yaml': remote });
    const run = await runCli(['diff', 'v1.yaml', 'v2.yaml', '--format', 'json'], root);
    expect(run.stderr).toMatch(/^note: base: 1 remote \$ref was not fetched, because diff never fetches/m);
    expect(run.stderr).toMatch(/^note: revision: 1 remote \$ref was not fetched/m);
    expect(json(run).changes).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('$ref out of the root is refused', async () => {
    const root = writeWorkspace({ 'inner/v1.yaml': ORDERS_V1.replace('./common/order.yaml', '../../outside.yaml'), 'inner/v2.yaml': ORDERS_V1 });
    const run = await runCli(['diff', 'v1.yaml', 'v2.yaml'], path.join(root, 'inner'));
    expectInputError(run, /^error: base: v1\.yaml:21:17: refusing \$ref to a file outside the workspace/);
  });

  it('$ref out of the root hints at diff, not --root', async () => {
    const root = writeWorkspace({ 'inner/v1.yaml': ORDERS_V1.replace('./common/order.yaml', '../../outside.yaml'), 'inner/v2.yaml': ORDERS_V1 });
    const run = await runCli(['diff', 'v1.yaml', 'v2.yaml'], path.join(root, 'inner'));
    expect(run.stderr).toMatch(/^diff follows a contract file's \$refs inside the current folder .* Run diff from a folder that contains the contract and every file it references\.$/m);
    expect(run.stderr).not.toContain('--root');
  });

  it('$ref out of an estate hints at the estate folder', async () => {
    const revision = estateFiles({ contracts: ['stock-api'] });
    revision['contracts/stock-api.yaml'] = ORDERS_V1.replace('./common/order.yaml', '../../shared/order.yaml');
    const root = estatePair(estateFiles({ contracts: ['stock-api'] }), { ...revision });
    const run = await runCli(['diff', 'base', 'revision'], root);
    expectInputError(run, /^error: revision: contracts\/stock-api\.yaml:\d+:\d+: refusing \$ref to a file outside the workspace/);
    expect(run.stderr).toMatch(/^Keep the files that the contracts reference inside the estate folder/m);
    expect(run.stderr).not.toContain('--root');
  });

  it('missing path names its side', async () => {
    const root = writeWorkspace({ 'v1.yaml': STOCK_EVENTS });
    expectInputError(await runCli(['diff', 'v1.yaml', 'v3.yaml'], root), /^error: revision: v3\.yaml not found/);
    expectInputError(await runCli(['diff', 'v0.yaml', 'v1.yaml'], root), /^error: base: v0\.yaml not found/);
  });

  it('folder without ownership.yaml is an input error', async () => {
    const root = writeWorkspace({ 'a/x.yaml': STOCK_EVENTS, 'b/x.yaml': STOCK_EVENTS });
    expectInputError(await runCli(['diff', 'a', 'b'], root), /^error: base: no ownership\.yaml in a/);
  });

  it('file against folder is a usage error', async () => {
    const root = estatePair(estateFiles({ contracts: ['stock-api'] }), estateFiles({ contracts: ['stock-api'] }));
    expectInputError(await runCli(['diff', 'base/contracts/stock-api.yaml', 'revision'], root), /compare two contract files or two estate folders/);
  });

  it('wrong number of paths or bad options exit 2', async () => {
    const root = writeWorkspace({ 'v1.yaml': STOCK_EVENTS });
    expectInputError(await runCli(['diff', 'v1.yaml'], root), /pass BASE and REVISION/);
    expectInputError(await runCli(['diff', 'v1.yaml', 'v1.yaml', 'v1.yaml'], root), /got 3 paths/);
    expectInputError(await runCli(['diff', '--base', 'HEAD', 'v1.yaml', 'v1.yaml'], root), /with --base, pass at most one path/);
    expectInputError(await runCli(['diff', 'v1.yaml', 'v1.yaml', '--fail-on', 'major'], root), /--fail-on/);
    expectInputError(await runCli(['diff', 'v1.yaml', 'v1.yaml', '--date', '2025-02-30'], root), /invalid --date '2025-02-30'/);
    expectInputError(await runCli(['diff', 'v1.yaml', 'v1.yaml', '--format', 'pdf'], root), /unknown --format 'pdf'/);
  });
});

describe('diff command: reports', () => {
  it('several formats go to their files', async () => {
    const root = removalPair();
    mkdirSync(path.join(root, 'out'));
    const written = await runCli(['diff', 'base', 'revision', '--format', 'json:out/diff.json', '--format', 'markdown:out/diff.md', '--format', 'text'], root);
    expect(written.exitCode).toBe(1);
    expect(written.stdout).toMatch(/contract-removed/);
    const report = JSON.parse(readFileSync(path.join(root, 'out/diff.json'), 'utf8')) as DiffResult;
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['changes', 'summary']));
    expect(report.changes.some((change) => change.id === 'contract-removed')).toBe(true);
    expect(readFileSync(path.join(root, 'out/diff.md'), 'utf8')).toMatch(/contract-removed/);
  });

  it('reports are written all or none', async () => {
    const root = removalPair();
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json:diff.json', '--format', 'html:missing/diff.html'], root);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*diff\.html/);
    expect(existsSync(path.join(root, 'diff.json'))).toBe(false);
  });

  it('two reports to one file are a usage error', async () => {
    const root = removalPair();
    mkdirSync(path.join(root, 'rep'));
    for (const second of ['html:rep/same', 'html:./rep/same']) {
      const run = await runCli(['diff', 'base', 'revision', '--format', 'json:rep/same', '--format', second], root);
      expectInputError(run, /^error: two reports would be written to the same file 'rep\/same'/);
      expect(readdirSync(path.join(root, 'rep'))).toEqual([]);
    }
  });

  it('missing report folder is refused before writing', async () => {
    const root = removalPair();
    mkdirSync(path.join(root, 'rep'));
    const run = await runCli(['diff', 'base', 'revision', '--format', 'json:rep/diff.json', '--format', 'html:missing/diff.html'], root);
    expectInputError(run, /^error: cannot write missing\/diff\.html: the folder missing does not exist; create it first/);
    expect(readdirSync(path.join(root, 'rep'))).toEqual([]);
    expect(existsSync(path.join(root, 'missing'))).toBe(false);
  });

  it('--output with a format file is a usage error', async () => {
    const root = removalPair();
    mkdirSync(path.join(root, 'rep'));
    const run = await runCli(['diff', 'base', 'revision', '-o', 'rep/o.txt', '--format', 'json:rep/j.json'], root);
    expectInputError(run, /^error: --output rep\/o\.txt and --format json:rep\/j\.json both name a report file/);
    expect(readdirSync(path.join(root, 'rep'))).toEqual([]);
  });

  it('lint applies the same report checks', async () => {
    const root = removalPair();
    mkdirSync(path.join(root, 'rep'));
    expectInputError(await runCli(['lint', 'revision', '--format', 'json:rep/same', '--format', 'sarif:rep/same'], root), /same file 'rep\/same'/);
    expectInputError(await runCli(['lint', 'revision', '-o', 'rep/o.txt', '--format', 'json:rep/j.json'], root), /both name a report file/);
    expect(readdirSync(path.join(root, 'rep'))).toEqual([]);
  });

  it('--output writes one report', async () => {
    const root = removalPair();
    const run = await runCli(['diff', 'base', 'revision', '--format', 'sarif', '--output', 'diff.sarif'], root);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(root, 'diff.sarif'), 'utf8'))).toHaveProperty('runs');
    expect(run.exitCode).toBe(1);
  });

  it('two formats on stdout are a usage error', async () => {
    const root = removalPair();
    expectInputError(await runCli(['diff', 'base', 'revision', '--format', 'json', '--format', 'text'], root), /would both write to stdout/);
  });

  it('every format renders', async () => {
    const root = removalPair();
    for (const format of ['text', 'json', 'markdown', 'html', 'junit', 'sarif', 'github']) {
      const run = await runCli(['diff', 'base', 'revision', '--format', format], root);
      expect(run.exitCode, `${format}: ${run.stderr}`).toBe(1);
      expect(run.stdout.length, format).toBeGreaterThan(0);
    }
  });
});
