import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Spectral } from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { describe, expect, it } from 'vitest';
import { toPointer, type Finding } from '../../src/findings.js';
import { lintContractFile, lintWorkspaceFolder } from '../../src/lint/lint.js';
import { findRule } from '../../src/rules/registry.js';
import { loadContract } from '../../src/contracts/load.js';
import { loadRuleset } from '../../src/spectral/load-ruleset.js';
import { createRulesetRunner } from '../../src/spectral/run.js';
import { parseSource } from '../../src/workspace/source.js';
import { setNetworkTripwire } from '../helpers/network-tripwire.js';
import { writeWorkspace } from '../helpers/estate.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/spectral');

/** Lints one fixture contract with the fixture's ruleset and no built-in rules. */
async function lintWithRuleset(fixture: string, contract: string, ruleset = 'ruleset.yaml'): Promise<Finding[]> {
  const root = path.join(FIXTURES, fixture);
  const result = await lintContractFile(path.join(root, contract), { root, rules: [], ruleset: path.join(root, ruleset) });
  return result.findings;
}

/** Reduces findings to what a reader checks: rule, severity, file, pointer and line. */
function summarize(findings: Finding[]): Array<[string, string, string, string, number | undefined]> {
  return findings.map((f) => [f.ruleId, f.severity, f.location.file, f.location.pointer, f.location.line]);
}

describe('Spectral rulesets on contracts', () => {
  it('extends spectral:oas with one rule off', async () => {
    const findings = await lintWithRuleset('extends-oas', 'api.yaml');
    expect(summarize(findings)).toEqual([
      ['info-contact', 'warn', 'api.yaml', '/info', 2],
      ['info-description', 'warn', 'api.yaml', '/info', 2],
      ['operation-description', 'warn', 'api.yaml', '/paths/~1orders/get', 9],
      ['duplicated-entry-in-enum', 'warn', 'schemas/order.yaml', '/properties/status/enum', 7],
    ]);
    expect(findings.find((f) => f.ruleId === 'operation-tags')).toBeUndefined();
    expect(findings[0].message).toBe('Info object must have "contact" object.');
  });

  it('extends [spectral:oas, all]', async () => {
    const findings = await lintWithRuleset('extends-oas', 'api.yaml', 'all.yaml');
    const ids = new Set(findings.map((f) => f.ruleId));
    // Off in the recommended set, so only `all` turns them on.
    expect(ids).toContain('license-url');
    expect(ids).toContain('openapi-tags');
    expect(findings.filter((f) => f.ruleId === 'operation-tags').map((f) => f.location.line)).toEqual([9, 18]);
  });

  it('lines match Spectral ranges', async () => {
    const root = path.join(FIXTURES, 'extends-oas');
    const file = path.join(root, 'api.yaml');
    const loaded = await loadRuleset(path.join(root, 'ruleset.yaml'));
    const readLocal = { resolve: async (ref: { href(): string }) => readFileSync(ref.href(), 'utf8') };
    const spectral = new Spectral({ resolver: new Resolver({ resolvers: { file: readLocal } }) });
    spectral.setRuleset(loaded.ruleset);
    const results = await spectral.run(new Document(readFileSync(file, 'utf8'), Parsers.Yaml, file));
    const findings = await lintWithRuleset('extends-oas', 'api.yaml');

    expect(results.length).toBe(findings.length);
    for (const result of results) {
      const relative = path.relative(root, result.source ?? file);
      const finding = findings.find((f) => f.ruleId === result.code && f.location.file === relative && f.location.pointer === toPointer(result.path));
      expect(finding, `${result.code} at ${relative}`).toBeDefined();
      expect(finding?.location.line, `${result.code} at ${relative}`).toBe(result.range.start.line + 1);
    }
  });

  it('overrides change severity for one glob', async () => {
    const root = path.join(FIXTURES, 'overrides');
    const result = await lintWorkspaceFolder(root, { rules: [], ruleset: path.join(root, 'ruleset.yaml') });
    expect(summarize(result.findings)).toEqual([
      ['operation-description', 'info', 'contracts/legacy/stock.yaml', '/paths/~1stock/get', 11],
      ['operation-description', 'warn', 'contracts/orders.yaml', '/paths/~1orders/get', 11],
    ]);
  });

  it('custom function from functionsDir', async () => {
    const findings = await lintWithRuleset('custom-function', 'api.yaml');
    expect(summarize(findings)).toEqual([
      ['operation-id-camel-case', 'error', 'api.yaml', '/paths/~1orders/post/operationId', 13],
    ]);
    expect(findings[0].message).toBe('operationId "Create_Order" is not camelCase');
  });

  it('custom function as a CommonJS module', async () => {
    const root = writeWorkspace({
      'api.yaml': readFileSync(path.join(FIXTURES, 'custom-function', 'api.yaml'), 'utf8'),
      'ruleset.yaml': 'functions: [hasResponses]\nrules:\n  post-answers-200:\n    given: $.paths[*].post.responses\n    then: { function: hasResponses }\n',
      'functions/hasResponses.js': "module.exports = function hasResponses(responses) {\n  return '200' in responses ? [] : [{ message: 'POST answers 200' }];\n};\n",
    });
    const result = await lintContractFile(path.join(root, 'api.yaml'), { root, rules: [], ruleset: path.join(root, 'ruleset.yaml') });
    expect(summarize(result.findings)).toEqual([['post-answers-200', 'warn', 'api.yaml', '/paths/~1orders/post/responses', 14]]);
    expect(result.findings[0].message).toBe('POST answers 200');
  });

  it('extends a relative ruleset file', async () => {
    const findings = await lintWithRuleset('extends-relative', 'api.yaml');
    expect(summarize(findings)).toEqual([
      ['info-contact-required', 'error', 'api.yaml', '/info', 2],
      ['paths-kebab-case', 'info', 'api.yaml', '/paths/~1salesOrders', 6],
    ]);
  });

  it('JavaScript ruleset with a local function', async () => {
    const findings = await lintWithRuleset('js-ruleset', 'api.yaml', 'ruleset.js');
    expect(summarize(findings)).toEqual([
      ['info-contact', 'warn', 'api.yaml', '/info', 2],
      ['summary-no-trailing-dot', 'info', 'api.yaml', '/paths/~1orders/get/summary', 9],
      ['operation-summary', 'warn', 'api.yaml', '/paths/~1orders/post', 13],
    ]);
  });

  it('extends spectral:asyncapi', async () => {
    const findings = await lintWithRuleset('asyncapi', 'events.yaml');
    const ids = findings.map((f) => f.ruleId);
    expect(ids).toContain('asyncapi-info-contact');
    expect(ids).toContain('asyncapi-operation-description');
    expect(findings.find((f) => f.ruleId === 'asyncapi-operation-description')?.location).toMatchObject({
      file: 'events.yaml',
      pointer: '/channels/inventory.adjusted/publish',
      line: 7,
    });
  });

  it('OpenAPI ruleset skips an AsyncAPI contract', async () => {
    const root = path.join(FIXTURES, 'asyncapi');
    const result = await lintContractFile(path.join(root, 'events.yaml'), {
      root,
      rules: [],
      ruleset: path.join(FIXTURES, 'extends-oas', 'ruleset.yaml'),
    });
    expect(result.findings).toEqual([]);
  });
});

describe('Spectral rules next to built-in rules', () => {
  const noRemoteRef = findRule('no-remote-ref');

  it('same id replaces the built-in rule', async () => {
    const root = path.join(FIXTURES, 'replace-builtin');
    const file = path.join(root, 'api.yaml');
    const builtIn = await lintContractFile(file, { root, rules: [noRemoteRef!] });
    expect(builtIn.findings.map((f) => f.ruleId)).toEqual(['no-remote-ref']);
    expect(builtIn.findings[0].message).not.toMatch(/catalogue/);

    const replaced = await lintContractFile(file, { root, rules: [noRemoteRef!], ruleset: path.join(root, 'ruleset.yaml') });
    expect(summarize(replaced.findings)).toEqual([
      ['no-remote-ref', 'warn', 'api.yaml', '/paths/~1orders/get/responses/200/content/application~1json/schema/$ref', 15],
    ]);
    expect(replaced.findings[0].message).toBe('Remote $ref outside the catalogue: https://schemas.example.test/order.json');
  });

  it('remote $ref is no invalid-ref finding', async () => {
    const root = path.join(FIXTURES, 'replace-builtin');
    const result = await lintContractFile(path.join(root, 'api.yaml'), {
      root,
      rules: [noRemoteRef!],
      ruleset: path.join(FIXTURES, 'extends-oas', 'ruleset.yaml'),
    });
    expect(result.findings.filter((f) => f.ruleId === 'invalid-ref')).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'no-remote-ref').length).toBe(1);
  });

  it('fetched document is served, not fetched', async () => {
    const root = path.join(FIXTURES, 'replace-builtin');
    const url = 'https://schemas.example.test/order.json';
    const contract = await loadContract(path.join(root, 'api.yaml'), { root });
    // As the contract loader keeps a document it fetched from an allowed host.
    contract.files.push(parseSource('{"type": "object", "properties": {"status": {"enum": ["open", "open"]}}}', url, url));
    const runner = await createRulesetRunner(path.join(FIXTURES, 'extends-oas', 'ruleset.yaml'), root);
    const tripwire = setNetworkTripwire();
    try {
      const findings = await runner.lint(contract);
      expect(findings.filter((f) => f.ruleId === 'duplicated-entry-in-enum').map((f) => f.location)).toEqual([
        { file: url, pointer: '/properties/status/enum' },
      ]);
      expect(findings.filter((f) => f.ruleId === 'invalid-ref')).toEqual([]);
      expect(tripwire.attempts).toEqual([]);
    } finally {
      tripwire.restore();
    }
  });

  it('configured severities apply to Spectral rules', async () => {
    const root = path.join(FIXTURES, 'extends-oas');
    const result = await lintContractFile(path.join(root, 'api.yaml'), {
      root,
      rules: [],
      ruleset: path.join(root, 'ruleset.yaml'),
      severities: { 'info-contact': 'off', 'duplicated-entry-in-enum': 'error' },
    });
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['info-description', 'warn'],
      ['operation-description', 'warn'],
      ['duplicated-entry-in-enum', 'error'],
    ]);
  });
});
