import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { estateWaivers, loadWaiverFile } from '../../../src/diff/gate/waivers.js';
import { InputError } from '../../../src/errors.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { writeWorkspace } from '../../helpers/estate.js';

function load(text: string, name = '.retailgov-waivers.yaml') {
  const folder = writeWorkspace({ [name]: text });
  return () => loadWaiverFile(path.join(folder, name), folder);
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const VALID = [
  'waivers:',
  '  - change: contract-removed',
  '    location: legacy-orders-api',
  '    approver: integration-board',
  '    reason: the storefront moved to orders-api in October',
  '    expires: 2026-03-31',
  '',
].join('\n');

describe('waiver file', () => {
  it('schema compiles in strict mode', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/waivers.schema.json', import.meta.url), 'utf8')) as object;
    expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow();
  });

  it('valid YAML loads with positions', () => {
    expect(load(VALID)()).toEqual([{
      change: 'contract-removed',
      location: 'legacy-orders-api',
      approver: 'integration-board',
      reason: 'the storefront moved to orders-api in October',
      expires: '2026-03-31',
      source: { file: '.retailgov-waivers.yaml', line: 2, column: 5 },
    }]);
  });

  it('valid JSON loads', () => {
    const json = JSON.stringify({ waivers: [{ change: 'contract-added', location: 'a.yaml#/paths', approver: 'board', reason: 'new', expires: '2026-01-31' }] });
    expect(load(json, 'waivers.json')()[0].location).toBe('a.yaml#/paths');
  });

  it('empty file waives nothing', () => {
    expect(load('')()).toEqual([]);
  });

  it('unknown change id names its position', () => {
    const error = inputError(load(VALID.replace('change: contract-removed', 'change: contract-removd')));
    expect(error.format()).toMatch(/^\.retailgov-waivers\.yaml:2:5: unknown change id 'contract-removd'; did you mean 'contract-removed'\?/);
  });

  it('every unknown id is listed', () => {
    const text = `${VALID}${VALID.replace('waivers:\n', '').replace('contract-removed', 'no-such-change')}`;
    const error = inputError(load(text.replace('contract-removed', 'also-unknown')));
    expect(error.format().split('\n').filter((line) => line.includes('unknown change id'))).toHaveLength(2);
  });

  it('missing key names line and column', () => {
    const error = inputError(load(VALID.replace('    approver: integration-board\n', '')));
    expect(error.format()).toMatch(/^\.retailgov-waivers\.yaml:2:5: invalid waiver file: missing required key 'approver' in \/waivers\/0/);
  });

  it('malformed expiry is rejected', () => {
    const error = inputError(load(VALID.replace('2026-03-31', '31.03.2026')));
    expect(error.format()).toMatch(/^\.retailgov-waivers\.yaml:6:5: invalid waiver file: \/waivers\/0\/expires is "31.03.2026", which is not valid: Last day/);
  });

  it('impossible expiry date is rejected', () => {
    const error = inputError(load(VALID.replace('2026-03-31', '2026-02-30')));
    expect(error.format()).toMatch(/^\.retailgov-waivers\.yaml:6:5: invalid waiver file: \/waivers\/0\/expires is 2026-02-30, which is not a calendar date/);
  });

  it('lists schema, id and date problems together', () => {
    const second = VALID.replace('waivers:\n', '').replace('contract-removed', 'contract-removd').replace('2026-03-31', '2026-02-30');
    const error = inputError(load(VALID.replace('    approver: integration-board\n', '') + second));
    expect(error.format().split('\n')).toEqual([
      ".retailgov-waivers.yaml:2:5: invalid waiver file: missing required key 'approver' in /waivers/0",
      ".retailgov-waivers.yaml:6:5: unknown change id 'contract-removd'; did you mean 'contract-removed'?",
      '.retailgov-waivers.yaml:10:5: invalid waiver file: /waivers/1/expires is 2026-02-30, which is not a calendar date',
      'See docs/diff.md for the waiver file format. Use a change id from the diff report or from the change catalogue in docs/diff-changes.md. Write each expiry date as a calendar day, YYYY-MM-DD.',
    ]);
  });

  it('malformed expiry is reported once', () => {
    const error = inputError(load(VALID.replace('2026-03-31', '31.03.2026')));
    expect(error.others).toEqual([]);
  });

  it('unknown id points to the change catalogue', () => {
    const error = inputError(load(VALID.replace('change: contract-removed', 'change: contract-deleted')));
    expect(error.hint).toBe('Use a change id from the diff report or from the change catalogue in docs/diff-changes.md');
    expect(error.hint).not.toMatch(/docs\/diff\.md/);
  });

  it('unknown key is rejected', () => {
    const error = inputError(load(VALID.replace('    reason:', '    ticket: GOV-1\n    reason:')));
    expect(error.format()).toMatch(/^\.retailgov-waivers\.yaml:5:5: invalid waiver file: unknown key 'ticket'/);
  });

  it('invalid YAML names line and column', () => {
    const error = inputError(load('waivers:\n  - change: [contract-removed\n'));
    expect(error.format()).toMatch(/^\.retailgov-waivers\.yaml:\d+:\d+: invalid YAML/);
  });

  it('missing file is an input error', () => {
    const folder = writeWorkspace({});
    expect(() => loadWaiverFile(path.join(folder, 'none.yaml'), folder)).toThrow(/file not found/);
  });
});

describe('estate waivers', () => {
  it('take change ids and skip lint rule ids', async () => {
    const root = writeWorkspace({
      'ownership.yaml': [
        'retailgov: 1',
        'teams:',
        '  - id: integration-board',
        'changeControl:',
        '  waivers:',
        '    - rule: team-exists',
        '      target: oms',
        '      approver: integration-board',
        '      reason: lint finding accepted',
        '      expires: 2026-01-31',
        '    - rule: contract-removed',
        '      target: legacy-orders-api',
        '      approver: integration-board',
        '      reason: replaced by orders-api',
        '      expires: 2026-01-31',
        '',
      ].join('\n'),
    });
    const waivers = estateWaivers(await loadWorkspace(root));
    expect(waivers).toEqual([{
      change: 'contract-removed',
      location: 'legacy-orders-api',
      approver: 'integration-board',
      reason: 'replaced by orders-api',
      expires: '2026-01-31',
      source: { file: 'ownership.yaml', line: 11, column: 7 },
    }]);
  });
});
