import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { forEachIgnore, InlineSuppressions, parseIgnore } from '../../src/suppress/inline.js';
import { parseSource } from '../../src/workspace/source.js';

function source(path: string, text: string) {
  return parseSource(text, `/workspace/${path}`, path);
}

function finding(ruleId: string, file: string, pointer: string): Finding {
  return { ruleId, messageId: 'x', message: 'message', severity: 'error', location: { file, pointer } };
}

const CONTRACT = source('contracts/orders.yaml', `openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
paths:
  /orders:
    post:
      operationId: createOrder
      x-retailgov-ignore:
        - rule: contract-operation-used
          reason: Used by the store back office.
        - rule: no-broken-ref
      responses:
        '201':
          description: Created
    get:
      operationId: listOrders
      responses:
        '200':
          description: OK
`);

describe('parseIgnore', () => {
  it('list entries with reasons', () => {
    const parsed = parseIgnore([{ rule: 'team-exists', reason: 'Team is being hired.', approvedBy: 'board' }], '/x-retailgov-ignore');
    expect(parsed).toEqual({ entries: [{ rule: 'team-exists', reason: 'Team is being hired.' }], problems: [] });
  });

  it('map from rule id to reason', () => {
    const parsed = parseIgnore({ 'team-exists': 'Team is being hired.', 'system-exists': '  ' }, '/systems/0/x-retailgov-ignore');
    expect(parsed.entries).toEqual([{ rule: 'team-exists', reason: 'Team is being hired.' }]);
    expect(parsed.problems).toEqual([{ messageId: 'missingReason', rule: 'system-exists', pointer: '/systems/0/x-retailgov-ignore/system-exists' }]);
  });

  it('entries without a reason', () => {
    const parsed = parseIgnore(['team-exists', { rule: 'system-exists' }, { rule: 'unique-ids', reason: '' }], '/x-retailgov-ignore');
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems).toEqual([
      { messageId: 'missingReason', rule: 'team-exists', pointer: '/x-retailgov-ignore/0' },
      { messageId: 'missingReason', rule: 'system-exists', pointer: '/x-retailgov-ignore/1' },
      { messageId: 'missingReason', rule: 'unique-ids', pointer: '/x-retailgov-ignore/2' },
    ]);
  });

  it('malformed entries and values', () => {
    expect(parseIgnore([{ reason: 'no rule' }, 42], '/a').problems).toEqual([
      { messageId: 'invalidEntry', pointer: '/a/0' },
      { messageId: 'invalidEntry', pointer: '/a/1' },
    ]);
    expect(parseIgnore('team-exists', '/a').problems).toEqual([{ messageId: 'invalidValue', pointer: '/a' }]);
    expect(parseIgnore(null, '/a').problems).toEqual([{ messageId: 'invalidValue', pointer: '/a' }]);
  });
});

describe('forEachIgnore', () => {
  it('finds every ignore key with its pointer', () => {
    const found: string[] = [];
    forEachIgnore({ 'x-retailgov-ignore': {}, paths: { '/a/b': { get: { 'x-retailgov-ignore': [] } } }, list: [{ 'x-retailgov-ignore': 1 }] }, (_value, pointer) => found.push(pointer));
    expect(found.sort()).toEqual(['/list/0/x-retailgov-ignore', '/paths/~1a~1b/get/x-retailgov-ignore', '/x-retailgov-ignore']);
  });
});

describe('InlineSuppressions', () => {
  const suppressions = new InlineSuppressions([CONTRACT]);

  it('hides findings at the object', () => {
    expect(suppressions.isSuppressed(finding('contract-operation-used', 'contracts/orders.yaml', '/paths/~1orders/post'))).toBe(true);
  });

  it('hides findings below the object', () => {
    expect(suppressions.isSuppressed(finding('contract-operation-used', 'contracts/orders.yaml', '/paths/~1orders/post/responses/201'))).toBe(true);
  });

  it('keeps findings of siblings and parents', () => {
    expect(suppressions.isSuppressed(finding('contract-operation-used', 'contracts/orders.yaml', '/paths/~1orders/get'))).toBe(false);
    expect(suppressions.isSuppressed(finding('contract-operation-used', 'contracts/orders.yaml', '/paths/~1orders'))).toBe(false);
  });

  it('keeps findings of other rules', () => {
    expect(suppressions.isSuppressed(finding('no-remote-ref', 'contracts/orders.yaml', '/paths/~1orders/post'))).toBe(false);
  });

  it('entry without reason hides nothing', () => {
    expect(suppressions.isSuppressed(finding('no-broken-ref', 'contracts/orders.yaml', '/paths/~1orders/post'))).toBe(false);
  });

  it('keeps findings in other files', () => {
    expect(suppressions.isSuppressed(finding('contract-operation-used', 'contracts/other.yaml', '/paths/~1orders/post'))).toBe(false);
  });

  it('root ignore covers the whole file', () => {
    const root = source('ownership.yaml', `retailgov: 1
x-retailgov-ignore:
  team-exists: Teams are declared in the HR estate.
  ignore-has-reason: An ignore cannot hide this rule.
systems:
  - id: oms
    owner: nobody
`);
    const rootSuppressions = new InlineSuppressions([root]);
    expect(rootSuppressions.isSuppressed(finding('team-exists', 'ownership.yaml', '/systems/0/owner'))).toBe(true);
    expect(rootSuppressions.isSuppressed(finding('ignore-has-reason', 'ownership.yaml', '/systems/0'))).toBe(false);
  });

  it('pointer past the data stops the walk', () => {
    expect(suppressions.isSuppressed(finding('contract-operation-used', 'contracts/orders.yaml', '/paths/~1orders/post/operationId/x'))).toBe(true);
    expect(suppressions.isSuppressed(finding('contract-operation-used', 'contracts/orders.yaml', '/paths/~1missing/post'))).toBe(false);
  });
});
