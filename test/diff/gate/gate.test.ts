import { describe, expect, it } from 'vitest';
import { applyGate, type GateOptions } from '../../../src/diff/gate/gate.js';
import type { WaiverEntry } from '../../../src/diff/gate/waivers.js';
import type { Change, ChangeLevel } from '../../../src/diff/types.js';
import type { FreezeWindow } from '../../../src/model/types.js';

function change(id: string, level: ChangeLevel, extra: Partial<Change> = {}): Change {
  return {
    id,
    level,
    direction: 'response',
    area: 'schemas',
    kind: 'removed',
    message: `${id} happened`,
    why: 'clients read it',
    contract: 'orders-api',
    system: 'oms',
    base: { file: 'contracts/orders.yaml', pointer: '/components/schemas/Order/properties/note', line: 12, column: 9 },
    revision: { file: 'contracts/orders.yaml', pointer: '/components/schemas/Order/properties', line: 10, column: 7 },
    ...extra,
  };
}

function waiver(changeId: string, location: string, expires: string): WaiverEntry {
  return { change: changeId, location, approver: 'integration-board', reason: 'clients migrated', expires, source: { file: '.retailgov-waivers.yaml', line: 2, column: 5 } };
}

const BLACK_FRIDAY: FreezeWindow = { id: 'black-friday', start: '2025-11-24', end: '2025-12-01', systems: ['oms'] };

function gate(changes: Change[], options: Partial<GateOptions> = {}) {
  return applyGate(changes, { failOn: 'breaking', day: '2025-10-01', waivers: [], freezeWindows: [], ...options });
}

describe('diff gate', () => {
  it('breaking change fails by default', () => {
    const outcome = gate([change('response-property-removed', 'breaking')]);
    expect(outcome.failed).toBe(true);
    expect(outcome.summary).toEqual({ breaking: 1, warning: 0, info: 0, waived: 0, expiredWaivers: 0, inFreeze: 0 });
  });

  it('warning passes at breaking, fails at warning', () => {
    const changes = [change('response-enum-value-added', 'warning')];
    expect(gate(changes).failed).toBe(false);
    expect(gate(changes, { failOn: 'warning' }).failed).toBe(true);
  });

  it('none never fails on levels', () => {
    expect(gate([change('response-property-removed', 'breaking')], { failOn: 'none' }).failed).toBe(false);
  });

  it('info never fails at warning', () => {
    expect(gate([change('contract-added', 'info')], { failOn: 'warning' }).failed).toBe(false);
  });

  it('valid waiver accepts the change', () => {
    const outcome = gate([change('response-property-removed', 'breaking')], {
      waivers: [waiver('response-property-removed', 'orders-api#/components/schemas/Order', '2025-12-31')],
    });
    expect(outcome.failed).toBe(false);
    expect(outcome.changes[0].waiver).toEqual({ approver: 'integration-board', reason: 'clients migrated', expires: '2025-12-31', expired: false });
    expect(outcome.summary.waived).toBe(1);
    expect(outcome.summary.breaking).toBe(1);
    expect(outcome.unusedWaivers).toEqual([]);
  });

  it('waiver applies through its expiry day', () => {
    const outcome = gate([change('response-property-removed', 'breaking')], {
      day: '2025-12-31',
      waivers: [waiver('response-property-removed', 'orders-api', '2025-12-31')],
    });
    expect(outcome.failed).toBe(false);
  });

  it('expired waiver fails whatever fail-on says', () => {
    const outcome = gate([change('response-enum-value-added', 'warning')], {
      failOn: 'none',
      day: '2026-01-01',
      waivers: [waiver('response-enum-value-added', 'orders-api', '2025-12-31')],
    });
    expect(outcome.failed).toBe(true);
    expect(outcome.changes[0].waiver?.expired).toBe(true);
    expect(outcome.summary.expiredWaivers).toBe(1);
    expect(outcome.summary.waived).toBe(0);
  });

  it('valid waiver wins over an expired one', () => {
    const outcome = gate([change('response-property-removed', 'breaking')], {
      day: '2026-01-01',
      waivers: [waiver('response-property-removed', 'orders-api', '2025-12-31'), waiver('response-property-removed', 'orders-api', '2026-06-30')],
    });
    expect(outcome.failed).toBe(false);
    expect(outcome.changes[0].waiver?.expires).toBe('2026-06-30');
  });

  it('waiver of another id or place does not apply', () => {
    const waivers = [
      waiver('request-property-became-required', 'orders-api', '2030-01-01'),
      waiver('response-property-removed', 'payments-api', '2030-01-01'),
      waiver('response-property-removed', 'orders-api#/paths', '2030-01-01'),
    ];
    const outcome = gate([change('response-property-removed', 'breaking')], { waivers });
    expect(outcome.failed).toBe(true);
    expect(outcome.changes[0].waiver).toBeUndefined();
    expect(outcome.unusedWaivers).toHaveLength(3);
  });

  it('breaking change in a freeze window fails even with none', () => {
    const outcome = gate([change('response-property-removed', 'breaking')], { failOn: 'none', day: '2025-11-28', freezeWindows: [BLACK_FRIDAY] });
    expect(outcome.failed).toBe(true);
    expect(outcome.changes[0].freeze).toEqual({ id: 'black-friday', start: '2025-11-24', end: '2025-12-01' });
    expect(outcome.summary.inFreeze).toBe(1);
  });

  it('freeze carries the window reason', () => {
    const christmas: FreezeWindow = { id: 'christmas', start: '2025-12-14', end: '2026-01-04', reason: 'Christmas and January sale trading' };
    const outcome = gate([change('response-property-removed', 'breaking')], { day: '2025-12-20', freezeWindows: [christmas] });
    expect(outcome.changes[0].freeze).toEqual({ id: 'christmas', start: '2025-12-14', end: '2026-01-04', reason: 'Christmas and January sale trading' });
  });

  it('waiver matches an extra site', () => {
    const sla = change('sla-target-loosened', 'breaking', {
      contract: undefined,
      system: undefined,
      base: { file: 'declarations/slas.yaml', pointer: '/slas/0/targets/p95', line: 11, column: 26 },
      revision: { file: 'declarations/slas.yaml', pointer: '/slas/1/targets/p95', line: 17, column: 26 },
    });
    const byId = [waiver('sla-target-loosened', 'slas/order-to-erp-post', '2025-12-31')];
    expect(gate([sla], { waivers: byId }).failed).toBe(true);
    const extraSites = () => [{ file: 'declarations/slas.yaml', pointer: '/slas/1/targets/p95', declaration: ['slas', 'order-to-erp-post', 'targets', 'p95'] }];
    const outcome = gate([sla], { waivers: byId, extraSites });
    expect(outcome.failed).toBe(false);
    expect(outcome.unusedWaivers).toEqual([]);
  });

  it('freeze includes its last day', () => {
    const outcome = gate([change('response-property-removed', 'breaking')], { day: '2025-12-01', freezeWindows: [BLACK_FRIDAY] });
    expect(outcome.summary.inFreeze).toBe(1);
  });

  it('freeze ignores other days, systems and levels', () => {
    expect(gate([change('response-property-removed', 'breaking')], { day: '2025-12-02', freezeWindows: [BLACK_FRIDAY] }).summary.inFreeze).toBe(0);
    expect(gate([change('response-property-removed', 'breaking', { system: 'erp' })], { day: '2025-11-28', freezeWindows: [BLACK_FRIDAY] }).summary.inFreeze).toBe(0);
    const warning = gate([change('response-enum-value-added', 'warning')], { failOn: 'none', day: '2025-11-28', freezeWindows: [BLACK_FRIDAY] });
    expect(warning.summary.inFreeze).toBe(0);
    expect(warning.failed).toBe(false);
  });

  it('freeze without systems covers every change', () => {
    const everywhere: FreezeWindow = { id: 'year-end', start: '2025-12-20', end: '2026-01-02' };
    const outcome = gate([change('contract-removed', 'breaking', { system: undefined, contract: undefined })], { day: '2025-12-24', freezeWindows: [everywhere] });
    expect(outcome.changes[0].freeze?.id).toBe('year-end');
  });

  it('waived change in a freeze passes', () => {
    const outcome = gate([change('response-property-removed', 'breaking')], {
      day: '2025-11-28',
      freezeWindows: [BLACK_FRIDAY],
      waivers: [waiver('response-property-removed', 'contracts/orders.yaml', '2025-12-31')],
    });
    expect(outcome.failed).toBe(false);
    expect(outcome.summary.inFreeze).toBe(1);
    expect(outcome.summary.waived).toBe(1);
  });

  it('counts every level', () => {
    const outcome = gate([change('a', 'breaking'), change('b', 'warning'), change('c', 'warning'), change('d', 'info')], { failOn: 'none' });
    expect(outcome.summary).toEqual({ breaking: 1, warning: 2, info: 1, waived: 0, expiredWaivers: 0, inFreeze: 0 });
  });

  it('leaves the input changes untouched', () => {
    const input = change('response-property-removed', 'breaking');
    gate([input], { waivers: [waiver('response-property-removed', 'orders-api', '2030-01-01')] });
    expect(input.waiver).toBeUndefined();
  });
});
