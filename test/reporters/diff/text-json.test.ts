import { describe, expect, it } from 'vitest';
import { DIFF_REPORTERS } from '../../../src/reporters/diff/index.js';
import { BASE_ONLY, EMPTY, ESTATE, EXPIRED, FILE_PAIR, HOSTILE, SAMPLE, SLA_LOOSENED, WAIVED } from './sample.js';

const { text, json } = DIFF_REPORTERS;

describe('text diff report', () => {
  it('groups changes by contract', () => {
    const lines = text(SAMPLE).split('\n');
    const headings = lines.filter((line) => /^\S/.test(line));
    expect(headings.slice(0, 3)).toEqual(['orders-api (system oms)', 'refunds-api (system payments)', 'stock-api']);
  });

  it('prints one line per change with the why line indented', () => {
    const lines = text(SAMPLE).split('\n');
    const index = lines.indexOf('  contracts/stock.yaml:30:5  breaking  operation DELETE /stock/reservations/{id} was removed  operation-removed');
    expect(index).toBeGreaterThan(0);
    expect(lines[index + 1]).toBe(`      why (request): ${BASE_ONLY.why}`);
  });

  it('lists breaking changes first within a contract', () => {
    const output = text(SAMPLE);
    expect(output.indexOf('  contracts/refunds:v2,api.yaml:41:13  warning')).toBeLessThan(output.indexOf('  contracts/refunds:v2,api.yaml:12:3  info'));
  });

  it('shows waivers, freezes and users', () => {
    const output = text(SAMPLE);
    expect(output).toContain('[waived by architecture-board until 2027-01-31]');
    expect(output).toContain('[waiver by finance-systems expired 2026-12-01] [in freeze christmas-2026 (2026-12-14 to 2027-01-04)]');
    expect(output).toContain(`      used by: ${EXPIRED.usedBy!.join(', ')}`);
  });

  it('keeps a multi-line message on one line', () => {
    const line = text(SAMPLE).split('\n').find((candidate) => candidate.includes(HOSTILE.id));
    expect(line).toContain(`was added to property 'status'`);
  });

  it('ends with model compatibility and counts', () => {
    const lines = text(SAMPLE).trimEnd().split('\n');
    expect(lines.slice(-4)).toEqual([
      'model order-v1: backward no, forward yes, full no',
      '1 other model fully compatible',
      '',
      '3 breaking, 1 warning, 1 info (1 waived, 1 expired waiver, 1 in a freeze window)',
    ]);
  });

  it('uses colour only when asked', () => {
    expect(text(SAMPLE)).not.toContain('\u001b[');
    expect(text(SAMPLE, { color: false })).not.toContain('\u001b[');
    const coloured = text(SAMPLE, { color: true });
    expect(coloured).toContain('\u001b[31mbreaking\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[34minfo\u001b[39m');
  });

  it('reports an empty comparison', () => {
    expect(text(EMPTY)).toBe('no changes between orders.yaml and orders.yaml\n');
  });

  it('names the direction on the why line', () => {
    const lines = text(ESTATE).split('\n');
    expect(lines).toContain(`      why (declaration): ${SLA_LOOSENED.why}`);
    expect(lines).toContain(`      why (response): ${HOSTILE.why}`);
  });

  it('ends with the day the run is dated', () => {
    expect(text(ESTATE).trimEnd().split('\n').at(-1)).toBe('1 breaking, 2 warnings, 0 info (1 in a freeze window), run dated 2026-12-20');
    expect(text({ ...EMPTY, date: '2026-01-15' })).toBe('no changes between orders.yaml and orders.yaml, run dated 2026-01-15\n');
  });

  it('shows the freeze reason', () => {
    expect(text(ESTATE)).toContain('[in freeze christmas-2026 (2026-12-14 to 2027-01-04: Christmas & January sale trading)]');
  });

  it('names two contract files by title', () => {
    expect(text(FILE_PAIR).split('\n')[0]).toBe('Orders (v2/orders.yaml)');
  });
});

describe('json diff report', () => {
  it('writes the documented shape in a fixed key order', () => {
    const report = JSON.parse(json(SAMPLE));
    expect(Object.keys(report)).toEqual(['changes', 'summary']);
    const waived = report.changes.find((change: { id: string }) => change.id === WAIVED.id);
    expect(Object.keys(waived)).toEqual(['id', 'level', 'direction', 'area', 'message', 'base', 'revision', 'contract', 'system', 'usedBy', 'waiver']);
    expect(waived).toEqual({
      id: WAIVED.id,
      level: 'breaking',
      direction: 'request',
      area: 'request-body',
      message: WAIVED.message,
      base: WAIVED.base,
      revision: WAIVED.revision,
      contract: 'orders-api',
      system: 'oms',
      usedBy: ['POST /orders'],
      waiver: { approver: 'architecture-board', reason: 'Modena contract ended', expires: '2027-01-31', expired: false },
    });
    expect(Object.keys(waived.base)).toEqual(['file', 'pointer', 'line', 'column']);
  });

  it('writes a missing side as null', () => {
    const report = JSON.parse(json(SAMPLE));
    const removed = report.changes.find((change: { id: string }) => change.id === BASE_ONLY.id);
    expect(removed.revision).toBeNull();
    expect(removed.base).toEqual(BASE_ONLY.base);
    expect(removed).not.toHaveProperty('system');
  });

  it('includes freeze and expired waiver', () => {
    const report = JSON.parse(json(SAMPLE));
    const expired = report.changes.find((change: { id: string }) => change.id === EXPIRED.id);
    expect(expired.waiver.expired).toBe(true);
    expect(expired.freeze).toEqual({ id: 'christmas-2026', start: '2026-12-14', end: '2027-01-04' });
  });

  it('orders changes breaking first', () => {
    const levels = JSON.parse(json(SAMPLE)).changes.map((change: { level: string }) => change.level);
    expect(levels).toEqual(['breaking', 'breaking', 'breaking', 'warning', 'info']);
  });

  it('writes the summary with sorted models', () => {
    const { summary } = JSON.parse(json(SAMPLE));
    expect(Object.keys(summary)).toEqual(['breaking', 'warning', 'info', 'waived', 'expiredWaivers', 'inFreeze', 'compatibility']);
    expect(Object.keys(summary.compatibility)).toEqual(['order-v1', 'refund-v1']);
    expect(summary.compatibility['order-v1']).toEqual({ backward: false, forward: true, full: false });
  });

  it('writes the run date first in the summary', () => {
    const { summary } = JSON.parse(json(ESTATE));
    expect(Object.keys(summary)[0]).toBe('date');
    expect(summary.date).toBe('2026-12-20');
    expect(JSON.parse(json(SAMPLE)).summary).not.toHaveProperty('date');
  });

  it('includes the freeze reason', () => {
    const { changes } = JSON.parse(json(ESTATE));
    const frozen = changes.find((change: { id: string }) => change.id === SLA_LOOSENED.id);
    expect(frozen.freeze).toEqual({ id: 'christmas-2026', start: '2026-12-14', end: '2027-01-04', reason: 'Christmas & January sale trading' });
  });

  it('is stable under input order', () => {
    const reversed = { ...SAMPLE, changes: [...SAMPLE.changes].reverse() };
    expect(json(reversed)).toBe(json(SAMPLE));
  });

  it('indents with two spaces', () => {
    const output = json(EMPTY);
    expect(output).toBe(`{\n  "changes": [],\n  "summary": {\n    "breaking": 0,\n    "warning": 0,\n    "info": 0,\n    "waived": 0,\n    "expiredWaivers": 0,\n    "inFreeze": 0\n  }\n}\n`);
  });

  it('leaves the result unchanged', () => {
    const before = JSON.stringify(SAMPLE);
    for (const render of Object.values(DIFF_REPORTERS)) render(SAMPLE, { color: true, toolVersion: '1.2.3' });
    expect(JSON.stringify(SAMPLE)).toBe(before);
  });
});
