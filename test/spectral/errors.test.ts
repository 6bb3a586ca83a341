import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';
import { setNetworkTripwire, type NetworkTripwire } from '../helpers/network-tripwire.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/spectral');
const CONTRACT = path.join(FIXTURES, 'extends-oas', 'api.yaml');

/** Lints the contract of the extends-oas fixture with `ruleset`, from the ruleset's folder. */
function lintWith(ruleset: string): Promise<CliRun> {
  return runCli(['lint', CONTRACT, '--root', path.dirname(CONTRACT), '--ruleset', path.basename(ruleset)], path.dirname(ruleset));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Checks a run ended with exit 2, an error at `location` and no stack trace. The file is named
 * relative to the folder of the test process, so only its end is compared.
 */
function expectRulesetError(run: CliRun, location: string, message: RegExp): void {
  expect(run.exitCode).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(new RegExp(`^error: (\\S*/)?${escape(location)}: `));
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('invalid Spectral rulesets', () => {
  let tripwire: NetworkTripwire;
  beforeEach(() => {
    tripwire = setNetworkTripwire();
  });
  afterEach(() => {
    tripwire.restore();
  });

  it('YAML syntax error names line and column', async () => {
    const run = await lintWith(path.join(FIXTURES, 'yaml-syntax-error', 'ruleset.yaml'));
    expectRulesetError(run, 'ruleset.yaml:3:19', /invalid YAML: Nested mappings are not allowed in compact mappings/);
  });

  it('URL in extends is not fetched', async () => {
    const run = await lintWith(path.join(FIXTURES, 'remote-extends', 'ruleset.yaml'));
    expectRulesetError(run, 'ruleset.yaml:3:5', /remote rulesets are not fetched: https:\/\/rulesets\.retailer\.test\/api-guidelines\.yaml/);
    expect(tripwire.attempts).toEqual([]);
  });

  it('URL import in a JavaScript ruleset is not fetched', async () => {
    const run = await lintWith(path.join(FIXTURES, 'remote-import', 'ruleset.js'));
    expectRulesetError(run, 'ruleset.js', /remote rulesets are not fetched: https:\/\/rulesets\.retailer\.test\/functions\/casing\.js/);
    expect(tripwire.attempts).toEqual([]);
  });

  it('unknown function and bad given', async () => {
    const run = await lintWith(path.join(FIXTURES, 'invalid-rules', 'ruleset.yaml'));
    expectRulesetError(run, 'ruleset.yaml:8:5', /invalid Spectral ruleset: must be a valid JSON Path expression/);
    expect(run.stderr).toMatch(/\n(\S*\/)?ruleset\.yaml:6:7: invalid Spectral ruleset: Function is not defined\n/);
  });

  it('error in an extended file names that file', async () => {
    const root = writeWorkspace({
      'ruleset.yaml': 'extends: [./team/base.yaml]\n',
      'team/base.yaml': 'rules:\n  summary:\n    given: $.info\n    severity: fatal\n    then: { function: truthy }\n',
    });
    const run = await lintWith(path.join(root, 'ruleset.yaml'));
    expectRulesetError(run, 'team/base.yaml:4:5', /the value has to be one of: 0, 1, 2, 3 or "error", "warn", "info", "hint", "off"/);
  });

  it('missing extended file', async () => {
    const root = writeWorkspace({ 'ruleset.yaml': 'extends:\n  - spectral:oas\n  - ./shared/missing.yaml\n' });
    const run = await lintWith(path.join(root, 'ruleset.yaml'));
    expectRulesetError(run, 'ruleset.yaml:3:5', /extended ruleset \.\/shared\/missing\.yaml not found/);
  });

  it('extends cycle', async () => {
    const root = writeWorkspace({ 'ruleset.yaml': 'extends: ./other.yaml\n', 'other.yaml': 'extends: [./ruleset.yaml]\n' });
    const run = await lintWith(path.join(root, 'ruleset.yaml'));
    expectRulesetError(run, 'other.yaml:1:11', /ruleset extends itself: \S*ruleset\.yaml -> \S*other\.yaml -> \S*ruleset\.yaml/);
  });

  it('missing custom function file', async () => {
    const root = writeWorkspace({ 'ruleset.yaml': 'functionsDir: checks\nfunctions: [isCamelCase]\nrules: {}\n' });
    const run = await lintWith(path.join(root, 'ruleset.yaml'));
    expectRulesetError(run, 'ruleset.yaml:2:13', /custom function isCamelCase not found: no file \S*checks\/isCamelCase\.js/);
  });

  it('URL as functionsDir is not fetched', async () => {
    const root = writeWorkspace({ 'ruleset.yaml': 'functionsDir: https://rulesets.retailer.test/functions\nfunctions: [casing]\n' });
    const run = await lintWith(path.join(root, 'ruleset.yaml'));
    expectRulesetError(run, 'ruleset.yaml:1:1', /remote functions are not fetched: https:\/\/rulesets\.retailer\.test\/functions/);
    expect(tripwire.attempts).toEqual([]);
  });

  it('missing import in a JavaScript ruleset', async () => {
    const root = writeWorkspace({ 'ruleset.js': "import check from './functions/check.js';\nexport default { rules: {} };\n" });
    const run = await lintWith(path.join(root, 'ruleset.js'));
    expectRulesetError(run, 'ruleset.js', /\.\/functions\/check\.js not found \(imported by \S*ruleset\.js\)/);
  });

  it('JavaScript syntax error names line and column', async () => {
    const root = writeWorkspace({ 'ruleset.js': 'export default {\n  rules: {\n    x: { given: "$" then: {} },\n  },\n};\n' });
    const run = await lintWith(path.join(root, 'ruleset.js'));
    expectRulesetError(run, 'ruleset.js:3:21', /invalid Spectral ruleset: Unexpected token/);
  });

  it('function that throws names the ruleset', async () => {
    const root = writeWorkspace({
      'ruleset.yaml': 'functions: [explode]\nrules:\n  boom:\n    given: $.info\n    then: { function: explode }\n',
      'functions/explode.js': "export default function explode() {\n  throw new Error('cannot read the catalogue');\n}\n",
    });
    const run = await lintWith(path.join(root, 'ruleset.yaml'));
    expectRulesetError(run, 'ruleset.yaml', /Spectral ruleset failed on api\.yaml: Function "explode" threw an exception: cannot read the catalogue/);
  });

  it('ruleset file not found', async () => {
    const run = await runCli(['lint', CONTRACT, '--ruleset', 'no-such-ruleset.yaml'], path.dirname(CONTRACT));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/Spectral ruleset not found/);
    expect(run.stderr).toMatch(/no-such-ruleset\.yaml/);
  });

  it('ruleset that is not a mapping', async () => {
    const root = writeWorkspace({ 'ruleset.yaml': '- spectral:oas\n' });
    const run = await lintWith(path.join(root, 'ruleset.yaml'));
    expectRulesetError(run, 'ruleset.yaml:1:1', /a Spectral ruleset must be a mapping/);
  });
});
