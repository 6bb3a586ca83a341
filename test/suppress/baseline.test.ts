import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Finding } from '../../src/findings.js';
import {
  formatBaseline,
  hashMessage,
  matchBaseline,
  readBaseline,
  updateBaseline,
  type BaselineEntry,
} from '../../src/suppress/baseline.js';
import { writeWorkspace } from '../helpers/estate.js';

function finding(ruleId: string, pointer: string, message = `${ruleId} at ${pointer}`, line = 1): Finding {
  return { ruleId, messageId: 'x', message, severity: 'error', location: { file: 'ownership.yaml', pointer, line, column: 1 } };
}

function entryOf(item: Finding, extra: Partial<BaselineEntry> = {}): BaselineEntry {
  return { rule: item.ruleId, file: item.location.file, pointer: item.location.pointer, messageHash: hashMessage(item.message), ...extra };
}

const OWNER = finding('team-exists', '/systems/0/owner');
const FROM = finding('system-exists', '/workflows/0/steps/0/from');

describe('hashMessage', () => {
  it('is 16 hex digits and stable', () => {
    expect(hashMessage('a message')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashMessage('a message')).toBe(hashMessage('a message'));
    expect(hashMessage('a message')).not.toBe(hashMessage('another message'));
  });
});

describe('matchBaseline', () => {
  it('accepts matching findings whatever their line', () => {
    const match = matchBaseline([{ ...OWNER, location: { ...OWNER.location, line: 40 } }, FROM], [entryOf(OWNER)]);
    expect(match.accepted.map((item) => item.ruleId)).toEqual(['team-exists']);
    expect(match.remaining.map((item) => item.ruleId)).toEqual(['system-exists']);
    expect(match.stale).toEqual([]);
  });

  it('changed message makes a finding new', () => {
    const changed = finding('team-exists', '/systems/0/owner', 'another message');
    const match = matchBaseline([changed], [entryOf(OWNER)]);
    expect(match.remaining).toEqual([changed]);
    expect(match.stale).toEqual([entryOf(OWNER)]);
  });

  it('count accepts that many findings', () => {
    const match = matchBaseline([OWNER, OWNER, OWNER], [entryOf(OWNER, { count: 2 })]);
    expect(match.accepted.length).toBe(2);
    expect(match.remaining.length).toBe(1);
  });
});

describe('updateBaseline', () => {
  it('adds new findings with their message', () => {
    const update = updateBaseline([], [OWNER, FROM, FROM], { add: true, prune: false });
    expect(update.entries).toEqual([
      { ...entryOf(OWNER), message: OWNER.message },
      { ...entryOf(FROM), message: FROM.message, count: 2 },
    ]);
    expect([update.added, update.removed, update.stale]).toEqual([2, 0, 0]);
  });

  it('keeps keys added by hand', () => {
    const existing = [entryOf(OWNER, { reason: 'Team is being hired.', approvedBy: 'board' })];
    const update = updateBaseline(existing, [OWNER, FROM], { add: true, prune: false });
    expect(update.entries[0]).toEqual(existing[0]);
    expect(update.added).toBe(1);
  });

  it('keeps stale entries unless pruned', () => {
    const existing = [entryOf(OWNER, { reason: 'Fixed since.' })];
    const withStale = updateBaseline(existing, [FROM], { add: true, prune: false });
    expect(withStale.entries.map((entry) => entry.rule)).toEqual(['team-exists', 'system-exists']);
    expect(withStale.stale).toBe(1);
    const pruned = updateBaseline(existing, [FROM], { add: true, prune: true });
    expect(pruned.entries.map((entry) => entry.rule)).toEqual(['system-exists']);
    expect(pruned.removed).toBe(1);
  });

  it('prune alone adds nothing and never raises a count', () => {
    const existing = [entryOf(OWNER)];
    const update = updateBaseline(existing, [OWNER, OWNER, FROM], { add: false, prune: true });
    expect(update.entries).toEqual([entryOf(OWNER)]);
    expect(update.added).toBe(0);
  });

  it('lowers a count to the findings left', () => {
    const update = updateBaseline([entryOf(OWNER, { count: 3 })], [OWNER], { add: true, prune: false });
    expect(update.entries).toEqual([entryOf(OWNER)]);
  });
});

describe('readBaseline', () => {
  it('missing file is no baseline', () => {
    const root = writeWorkspace({});
    expect(readBaseline(path.join(root, '.retailgov-baseline.json'), root)).toBeUndefined();
  });

  it('reads what formatBaseline wrote', () => {
    const root = writeWorkspace({});
    const file = path.join(root, 'baseline.json');
    const entries = [entryOf(OWNER, { reason: 'Team is being hired.' })];
    writeFileSync(file, formatBaseline(entries));
    expect(readBaseline(file, root)).toEqual(entries);
  });

  it('malformed entry names line and column', () => {
    const root = writeWorkspace({
      'baseline.json': '{\n  "version": 1,\n  "entries": [\n    { "rule": "team-exists", "file": "a.yaml", "pointer": "", "messageHash": "xyz" }\n  ]\n}\n',
    });
    let error: unknown;
    try {
      readBaseline(path.join(root, 'baseline.json'), root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toMatch(/^baseline\.json:4:63: invalid baseline: \/entries\/0\/messageHash must match pattern/);
  });
});
