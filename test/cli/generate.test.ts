import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { typeCheck } from '../generate/adapters/compile.js';
import { writeShopEstate } from '../generate/mappings/estate.js';

const REPO = path.resolve(new URL('../..', import.meta.url).pathname);
const NILE_WARNING = `declarations/mappings.yaml:27:9: warning: mapping nile-order-to-canonical: source values "Pending", "PartiallyShipped", "Shipped" of 'orderStatus' are not in the value map of 'status'; they are rejected with a MappingError\n`;

function outputFolder(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'retailgov-cli-generate-')), 'generated');
}

function snapshot(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => {
    const absolute = path.join(entry.parentPath, entry.name);
    return [path.relative(folder, absolute), readFileSync(absolute, 'utf8')];
  }));
}

function copyReferenceEstate(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'retailgov-estate-'));
  for (const entry of ['ownership.yaml', 'declarations', 'contracts', 'models', 'schemas']) {
    cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
  return root;
}

describe('generate mappings command', () => {
  it('writes, then finds everything unchanged', async () => {
    const out = outputFolder();
    const first = await runCli(['generate', 'mappings', '--out', out], REPO);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toBe(`generate mappings: 12 files written, 0 unchanged, 0 removed in ${out}\n`);
    expect(first.stderr).toBe(NILE_WARNING);
    const written = snapshot(out);
    expect(Object.keys(written)).toContain('retailgov.lock.json');

    const second = await runCli(['generate', 'mappings', '.', '--out', out], REPO);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toBe(`generate mappings: 0 files written, 12 unchanged, 0 removed in ${out}\n`);
    expect(snapshot(out)).toEqual(written);

    const check = await runCli(['generate', 'mappings', '--out', out, '--check'], REPO);
    expect(check.exitCode).toBe(0);
    expect(check.stdout).toBe(`generate mappings: 12 files up to date in ${out}\n`);
  });

  it('rejects edited files until forced', async () => {
    const out = outputFolder();
    await runCli(['generate', 'mappings', '--out', out], REPO);
    const edited = path.join(out, 'mappings/nile-order-to-canonical.ts');
    const original = readFileSync(edited, 'utf8');
    writeFileSync(edited, original.replace('"Europe/Berlin"', '"Europe/Paris"'));

    const rejected = await runCli(['generate', 'mappings', '--out', out], REPO);
    expect(rejected.exitCode).toBe(1);
    expect(rejected.stdout).toBe('');
    expect(rejected.stderr).toBe(NILE_WARNING +
      `error: ${edited} was edited by hand since retailgov wrote it\n` +
      'generate mappings: nothing written; move your changes out of the generated files and rerun, or pass --force to overwrite them\n');
    expect(readFileSync(edited, 'utf8')).toContain('"Europe/Paris"');

    const check = await runCli(['generate', 'mappings', '--out', out, '--check'], REPO);
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toBe(`${edited}: edited by hand\ngenerate mappings: 1 of 12 files out of date in ${out}; ` +
      'move your changes out of the files edited by hand, then rerun without --check and with --force to regenerate\n');

    const forced = await runCli(['generate', 'mappings', '--out', out, '--force'], REPO);
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toBe(`generate mappings: 1 file written, 11 unchanged, 0 removed in ${out}\n`);
    expect(readFileSync(edited, 'utf8')).toBe(original);
  });

  it('check finds stale and missing files', async () => {
    const estate = copyReferenceEstate();
    const out = outputFolder();
    await runCli(['generate', 'mappings', estate, '--out', out], REPO);
    const mappingsFile = path.join(estate, 'declarations/mappings.yaml');
    writeFileSync(mappingsFile, readFileSync(mappingsFile, 'utf8').replace('default: NW01', 'default: NW02'));
    const stale = await runCli(['generate', 'mappings', estate, '--out', out, '--check'], REPO);
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain(`${path.join(out, 'mappings/order-to-erp-sales-order.ts')}: stale (would change)\n`);

    const fresh = outputFolder();
    const missing = await runCli(['generate', 'mappings', estate, '--out', fresh, '--check'], REPO);
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain(`${path.join(fresh, 'mappings/index.ts')}: missing\n`);
    expect(missing.stdout).toMatch(/generate mappings: 12 of 12 files out of date in /);
  });

  it('bad declaration exits 2 with its position', async () => {
    const estate = writeShopEstate([
      '  - id: broken',
      '    model: order-v1',
      '    system: shop',
      '    payload: { contract: shop-api, pointer: /components/schemas/ShopOrder }',
      '    direction: to-canonical',
      '    fields:',
      '      - { from: note, to: notes }',
      '',
    ].join('\n'));
    const run = await runCli(['generate', 'mappings', estate, '--out', outputFolder()], REPO);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: ownership\.yaml:24:23: to path 'notes' is not in canonical model order-v1 \(models\/order\.json\): there is no 'notes' under the top level\nCorrect the path or add the field to the schema\.\n$/);
  });

  it('bad options exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['generate', 'mappings'], /required option '--out <dir>' not specified/],
      [['generate', 'mappings', '--out', 'x', '--check', '--force'], /--check and --force cannot be combined/],
      [['generate', 'mappings', '--out', '.'], /--out \. is the estate folder itself/],
      [['generate', 'mappings', path.join(REPO, 'contracts'), '--out', outputFolder()], /no ownership\.yaml in .*: PATH must be an estate folder with ownership\.yaml; /],
      [['generate', 'adapters', path.join(REPO, 'contracts'), '--out', outputFolder()], /PATH must be an estate folder with ownership\.yaml, or an OpenAPI or AsyncAPI file/],
      [['generate', 'mappings', path.join(REPO, 'contracts/order-process-api.openapi.yaml'), '--out', outputFolder()], /is a file, but PATH must be an estate folder with ownership\.yaml/],
      [['generate', 'adapters', path.join(REPO, 'missing-folder'), '--out', outputFolder()], /missing-folder not found: PATH must be an estate folder/],
      [['generate', 'adapters', path.join(REPO, 'contracts/order-process-api.openapi.yaml'), '--system', 'oms', '--out', outputFolder()], /--system needs an estate folder/],
      [['generate', 'adapters', '--system', 'nope', '--out', outputFolder()], /unknown system 'nope'; systems with contracts: /],
      [['generate', 'sideways', '--out', 'x'], /unknown command 'sideways'/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, REPO);
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
  });
});

describe('generate adapters command', () => {
  it('shares an output folder with mappings', async () => {
    const out = outputFolder();
    const adapters = await runCli(['generate', 'adapters', '--system', 'erp', '--out', out], REPO);
    expect(adapters.exitCode, adapters.stderr).toBe(0);
    expect(adapters.stdout).toMatch(new RegExp(`^generate adapters --system erp: \\d+ files written, 0 unchanged, 0 removed in ${out}\\n$`));

    const mappings = await runCli(['generate', 'mappings', '--out', out], REPO);
    expect(mappings.exitCode).toBe(0);
    // The four mapping runtime files are already there, byte for byte, from the adapters run.
    expect(mappings.stdout).toBe(`generate mappings: 8 files written, 4 unchanged, 0 removed in ${out}\n`);

    const adaptersCheck = await runCli(['generate', 'adapters', '--system', 'erp', '--out', out, '--check'], REPO);
    expect(adaptersCheck.exitCode, adaptersCheck.stdout).toBe(0);
    const mappingsCheck = await runCli(['generate', 'mappings', '--out', out, '--check'], REPO);
    expect(mappingsCheck.exitCode, mappingsCheck.stdout).toBe(0);
  });

  it('heads every file with how to regenerate it', async () => {
    const out = outputFolder();
    const run = await runCli(['generate', 'adapters', '--system', 'erp', '--out', out], REPO);
    expect(run.exitCode, run.stderr).toBe(0);
    const files = snapshot(out);
    const typescript = Object.entries(files).filter(([name]) => name.endsWith('.ts'));
    expect(typescript.length).toBeGreaterThan(5);
    for (const [name, content] of typescript) {
      const expected = name.startsWith('runtime/')
        ? '// Part of the retailgov runtime, copied by `retailgov generate adapters` and `retailgov generate mappings`.\n'
        : '// Generated by retailgov generate adapters --system erp from ownership.yaml,';
      expect(content.startsWith(expected), name).toBe(true);
    }
    expect(files['erp/index.ts']).toMatch(/contracts\/erp-posting-system-api\.openapi\.yaml/);
  });
});

describe('generate adapters --system', () => {
  it('runs for several systems share a folder', async () => {
    const out = outputFolder();
    for (const system of ['erp', 'oms']) {
      const run = await runCli(['generate', 'adapters', '--system', system, '--out', out], REPO);
      expect(run.exitCode, run.stderr).toBe(0);
    }
    // Only a run for every system writes the top-level index, so neither run overwrote the other's.
    expect(Object.keys(snapshot(out))).not.toContain('index.ts');
    for (const system of ['erp', 'oms']) {
      const check = await runCli(['generate', 'adapters', '--system', system, '--out', out, '--check'], REPO);
      expect(check.exitCode, check.stdout).toBe(0);
    }

    const full = await runCli(['generate', 'adapters', '--out', out], REPO);
    expect(full.exitCode, full.stderr).toBe(0);
    const index = snapshot(out)['index.ts'];
    expect(index).toContain("export * as erp from './erp/index.js';\n");
    expect(index).toContain("export * as oms from './oms/index.js';\n");
    for (const args of [[], ['--system', 'erp'], ['--system', 'oms']]) {
      const check = await runCli(['generate', 'adapters', ...args, '--out', out, '--check'], REPO);
      expect(check.exitCode, `${args.join(' ')}: ${check.stdout}`).toBe(0);
    }
  });
});

describe('generate adapters from a contract file', () => {
  it('writes a typed client without policies', async () => {
    const out = outputFolder();
    const contract = path.join(REPO, 'contracts/order-process-api.openapi.yaml');
    const run = await runCli(['generate', 'adapters', contract, '--out', out], REPO);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^generate adapters contracts\/order-process-api\.openapi\.yaml: \d+ files written, 0 unchanged, 0 removed in /);
    const files = snapshot(out);
    const client = files['order-process-api.openapi.ts'];
    expect(client).toMatch(/^\/\/ Generated by retailgov generate adapters contracts\/order-process-api\.openapi\.yaml from\n\/\/ contracts\/order-process-api\.openapi\.yaml\./);
    expect(client).toContain('No workflow step declares policies for it: one attempt, no idempotency key.');
    expect(client).not.toContain('retryPolicy');
    expect(Object.keys(files)).toContain('runtime/http-client.ts');
    expect(typeCheck(out)).toEqual([]);

    const check = await runCli(['generate', 'adapters', contract, '--out', out, '--check'], REPO);
    expect(check.exitCode, check.stdout).toBe(0);
  }, 60_000);

  it('leaves out header names that are not HTTP tokens, with a warning', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'retailgov-contract-'));
    const document = {
      openapi: '3.0.3',
      info: { title: 'Weird headers', version: '1' },
      servers: [{ url: 'https://api.example.test' }],
      paths: {
        '/things': {
          get: {
            operationId: 'listThings',
            parameters: [
              { name: 'x-weird header*/', in: 'header', schema: { type: 'string' } },
              { name: 'X-Tenant', in: 'header', schema: { type: 'string' } },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    };
    writeFileSync(path.join(folder, 'weird.json'), JSON.stringify(document, null, 2));
    const out = path.join(folder, 'generated');
    const run = await runCli(['generate', 'adapters', 'weird.json', '--out', out], folder);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toBe('weird.json:17:11: warning: header parameter "x-weird header*/" of operation listThings in contract weird is not a valid HTTP header name ' +
      '(invalid token characters " ", "/"), so the adapter leaves it out; rename it in the contract\n');
    const client = readFileSync(path.join(out, 'weird.ts'), 'utf8');
    expect(client).not.toContain('x-weird');
    expect(client).toContain('"X-Tenant"');
  });
});

describe('generate paths in messages', () => {
  it('are relative to the current folder, as in lint', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'retailgov-parent-'));
    const estate = path.join(parent, 'eb3');
    cpSync(copyReferenceEstate(), estate, { recursive: true });
    const out = path.join(parent, 'generated');

    const warned = await runCli(['generate', 'mappings', 'eb3', '--out', out], parent);
    expect(warned.exitCode, warned.stderr).toBe(0);
    expect(warned.stderr).toBe(`eb3/${NILE_WARNING}`);

    const systems = path.join(estate, 'declarations/systems.yaml');
    writeFileSync(systems, readFileSync(systems, 'utf8').replace('    kind: pos\n', '    kind: pos\n  broken\n'));
    const lint = await runCli(['lint', 'eb3'], parent);
    const generate = await runCli(['generate', 'adapters', 'eb3', '--out', out], parent);
    expect(generate.exitCode).toBe(2);
    const position = /^error: (\S+:\d+:\d+):/.exec(generate.stderr)?.[1];
    expect(position).toMatch(/^eb3\/declarations\/systems\.yaml:\d+:\d+$/);
    expect(lint.stderr).toContain(`error: ${position}:`);
  });
});

describe('generate with edited files no longer generated', () => {
  it('refuses to leave them behind, and check reports them', async () => {
    const estate = copyReferenceEstate();
    const out = outputFolder();
    expect((await runCli(['generate', 'mappings', estate, '--out', out], REPO)).exitCode).toBe(0);
    const edited = path.join(out, 'mappings/order-to-erp-sales-order.ts');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('export function', '// tuned by hand\nexport function'));
    const mappingsFile = path.join(estate, 'declarations/mappings.yaml');
    const declarations = readFileSync(mappingsFile, 'utf8');
    writeFileSync(mappingsFile, declarations.slice(0, declarations.indexOf('  - id: order-to-erp-sales-order')));
    const before = snapshot(out);

    const run = await runCli(['generate', 'mappings', estate, '--out', out], REPO);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`error: ${edited} was edited by hand but is no longer generated;`);
    expect(run.stderr).toContain('generate mappings: nothing written; move your changes out of the generated files and rerun, or pass --force to overwrite or delete them\n');
    expect(snapshot(out)).toEqual(before);

    const check = await runCli(['generate', 'mappings', estate, '--out', out, '--check'], REPO);
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain(`${edited}: edited by hand but no longer generated\n`);
    expect(check.stdout).toContain('with --force');

    const forced = await runCli(['generate', 'mappings', estate, '--out', out, '--force'], REPO);
    expect(forced.exitCode, forced.stderr).toBe(0);
    const files = snapshot(out);
    expect(Object.keys(files)).not.toContain('mappings/order-to-erp-sales-order.ts');
    expect(Object.keys(files).filter((name) => name.startsWith('mappings/models/') || name.startsWith('mappings/contracts/'))
      .every((name) => Object.values(files).some((content) => content.includes(`/${path.basename(name, '.ts')}.js'`)))).toBe(true);
    expect((await runCli(['generate', 'mappings', estate, '--out', out, '--check'], REPO)).exitCode).toBe(0);
  });

  it('check reports a deleted lock as missing', async () => {
    const out = outputFolder();
    await runCli(['generate', 'mappings', '--out', out], REPO);
    rmSync(path.join(out, 'retailgov.lock.json'));
    const check = await runCli(['generate', 'mappings', '--out', out, '--check'], REPO);
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain(`${path.join(out, 'retailgov.lock.json')}: missing\n`);
  });
});
