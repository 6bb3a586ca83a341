import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertKnownRuleIds, closestId, loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { RULES } from '../../src/rules/registry.js';
import { writeWorkspace } from '../helpers/estate.js';

const RULE_IDS = RULES.map((rule) => rule.id);

/** Runs `action` and returns the InputError it throws, formatted. */
function inputError(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error.format();
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('loadConfig', () => {
  it('defaults without a file', () => {
    const root = writeWorkspace({});
    const config = loadConfig({ folders: [root], cwd: root });
    expect(config).toEqual({ folder: root, rules: {}, maxFindings: {}, baseline: path.join(root, '.retailgov-baseline.json'), allowRemoteRefs: [] });
  });

  it('reads every key with paths resolved', () => {
    const root = writeWorkspace({
      'estate/.retailgov.yaml': [
        'rules:',
        '  team-exists: warn',
        '  contract-operation-used: off',
        'maxFindings:',
        '  team-exists: 10',
        'baseline: governance/accepted.json',
        'ruleset: rules/house.spectral.yaml',
        'allowRemoteRefs: [schemas.example-retail.com]',
        '',
      ].join('\n'),
    });
    const config = loadConfig({ folders: [path.join(root, 'estate')], cwd: root });
    expect(config.source?.path).toBe('estate/.retailgov.yaml');
    expect(config.rules).toEqual({ 'team-exists': 'warn', 'contract-operation-used': 'off' });
    expect(config.maxFindings).toEqual({ 'team-exists': 10 });
    expect(config.baseline).toBe(path.join(root, 'estate/governance/accepted.json'));
    expect(config.ruleset).toBe(path.join(root, 'estate/rules/house.spectral.yaml'));
    expect(config.allowRemoteRefs).toEqual(['schemas.example-retail.com']);
  });

  it('falls back to the next folder', () => {
    const root = writeWorkspace({ '.retailgov.json': '{ "rules": { "unique-ids": "info" } }\n' });
    mkdirSync(path.join(root, 'estate'));
    const config = loadConfig({ folders: [path.join(root, 'estate'), root], cwd: root });
    expect(config.rules).toEqual({ 'unique-ids': 'info' });
    expect(config.folder).toBe(root);
  });

  it('finds the .yml name', () => {
    const root = writeWorkspace({ '.retailgov.yml': 'maxFindings: { unique-ids: 0 }\n' });
    expect(loadConfig({ folders: [root], cwd: root }).maxFindings).toEqual({ 'unique-ids': 0 });
  });

  it('--config file wins over the lookup', () => {
    const root = writeWorkspace({ '.retailgov.yaml': 'rules: { unique-ids: info }\n', 'ci.yaml': 'rules: { unique-ids: error }\n' });
    expect(loadConfig({ file: 'ci.yaml', folders: [root], cwd: root }).rules).toEqual({ 'unique-ids': 'error' });
  });

  it('empty file configures nothing', () => {
    const root = writeWorkspace({ '.retailgov.yaml': '# nothing yet\n' });
    expect(loadConfig({ folders: [root], cwd: root }).rules).toEqual({});
  });

  it('two files in one folder', () => {
    const root = writeWorkspace({ '.retailgov.yaml': 'rules: {}\n', '.retailgov.json': '{}\n' });
    expect(inputError(() => loadConfig({ folders: [root], cwd: root }))).toMatch(/^found \.retailgov\.yaml and \.retailgov\.json in /);
  });

  it('schema errors name line and column', () => {
    const root = writeWorkspace({
      '.retailgov.yaml': 'maxFindings:\n  team-exists: -1\nallowRemoteRefs:\n  - https://schemas.example.com\nbaseline: ""\n',
    });
    expect(inputError(() => loadConfig({ folders: [root], cwd: root })).split('\n')).toEqual([
      '.retailgov.yaml:2:3: invalid configuration: /maxFindings/team-exists must be >= 0',
      '.retailgov.yaml:4:5: invalid configuration: /allowRemoteRefs/0 must match format "hostname"',
      '.retailgov.yaml:5:1: invalid configuration: /baseline must NOT have fewer than 1 characters',
      'See docs/configuration.md for the configuration keys.',
    ]);
  });

  it('YAML syntax errors name line and column', () => {
    const root = writeWorkspace({ '.retailgov.yaml': 'rules:\n  team-exists: [warn\n' });
    expect(inputError(() => loadConfig({ folders: [root], cwd: root }))).toMatch(/^\.retailgov\.yaml:\d+:\d+: invalid YAML/);
  });

  it('top level must be a mapping', () => {
    const root = writeWorkspace({ '.retailgov.yaml': '- rules\n' });
    expect(inputError(() => loadConfig({ folders: [root], cwd: root }))).toMatch(/^\.retailgov\.yaml:1:1: invalid configuration: the document must be object/);
  });
});

describe('assertKnownRuleIds', () => {
  it('lists every unknown id with a suggestion', () => {
    const root = writeWorkspace({ '.retailgov.yaml': 'rules:\n  team-exist: warn\n  unique-ids: off\nmaxFindings:\n  something-else: 3\n' });
    const config = loadConfig({ folders: [root], cwd: root });
    expect(inputError(() => assertKnownRuleIds(config, RULE_IDS)).split('\n')).toEqual([
      ".retailgov.yaml:2:3: unknown rule id 'team-exist' in rules; did you mean 'team-exists'?",
      ".retailgov.yaml:5:3: unknown rule id 'something-else' in maxFindings",
      'Run `retailgov rules` to list the built-in rule ids; ids of a Spectral ruleset are those under its rules key and the rulesets it extends.',
    ]);
  });

  it('accepts known ids', () => {
    const root = writeWorkspace({ '.retailgov.yaml': 'rules:\n  team-exists: warn\nmaxFindings:\n  unique-ids: 0\n' });
    expect(() => assertKnownRuleIds(loadConfig({ folders: [root], cwd: root }), RULE_IDS)).not.toThrow();
  });
});

describe('closestId', () => {
  it('suggests near ids only', () => {
    expect(closestId('sytem-exists', RULE_IDS)).toBe('system-exists');
    expect(closestId('retry-atempts-bounded', RULE_IDS)).toBe('retry-attempts-bounded');
    expect(closestId('completely-different', RULE_IDS)).toBeUndefined();
  });
});

describe('docs/configuration.md', () => {
  it('every configuration example is valid', () => {
    const markdown = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    const examples = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((match) => match[1])
      .filter((text) => /^(rules|maxFindings|baseline|ruleset|allowRemoteRefs):/.test(text));
    expect(examples.length).toBe(5);
    for (const text of examples) {
      const root = writeWorkspace({ '.retailgov.yaml': text });
      const config = loadConfig({ folders: [root], cwd: root });
      expect(() => assertKnownRuleIds(config, RULE_IDS), text).not.toThrow();
    }
  });
});
