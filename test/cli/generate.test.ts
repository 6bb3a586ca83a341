import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
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
    expect(check.stdout).toBe(`${edited}: edited by hand\ngenerate mappings: 1 of 12 files out of date in ${out}; rerun without --check to regenerate\n`);

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
      [['generate', 'mappings', path.join(REPO, 'contracts'), '--out', outputFolder()], /no ownership\.yaml in /],
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
