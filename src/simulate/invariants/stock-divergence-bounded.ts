/**
 * Stock divergence: the OMS available-to-sell and the ERP see the same stock movements, each
 * within the bound. Each view is tracked per SKU as the sequence number of the last movement it
 * applied. The lag of the view that is behind is the age of the oldest movement it lacks. At the
 * end of the run, with every message settled, the two views must agree.
 */
import { parseDuration, formatDuration } from '../../model/units.js';
import type { ObjectKind } from '../../model/types.js';
import type { SimModel } from '../engine/model.js';
import type { Instance, SimNode, SimRoute } from '../engine/types.js';
import type { Invariant } from './types.js';
import { ViolationLog } from './types.js';

const DEFAULT_BOUND = 15 * 60_000;
const STOCK_WRITES: ReadonlySet<ObjectKind | 'stock-adjustment'> = new Set([
  'stock-adjustment', 'inventory-physical', 'inventory-reserved', 'inventory-available-to-sell',
]);

/** Start times of the movements of one SKU that one of the views may still lack. */
class Movements {
  /** Sequence number of `times[start]`. */
  base = 0;
  start = 0;
  readonly times: number[] = [];

  startOf(sequence: number): number | undefined {
    const index = this.start + Math.max(0, sequence - this.base);
    return index < this.times.length ? this.times[index] : undefined;
  }

  /** Forgets movements up to and including `sequence`. */
  prune(sequence: number): void {
    while (this.base <= sequence && this.start < this.times.length) {
      this.start++;
      this.base++;
    }
    if (this.start > 64 && this.start * 2 > this.times.length) {
      this.times.splice(0, this.start);
      this.start = 0;
    }
  }
}

interface TrackedRoute {
  oms: SimNode;
  erp: SimNode;
  omsView: Float64Array;
  erpView: Float64Array;
  movements: Map<number, Movements>;
  /** Keys already reported in their current divergence. */
  reported: Set<number>;
}

function stockNode(route: SimRoute, kind: 'oms' | 'erp'): SimNode | undefined {
  return route.nodes.find((node) => node.step.to.kind === kind && node.step.decl.writes !== undefined && STOCK_WRITES.has(node.step.decl.writes));
}

function boundOf(model: SimModel): number {
  if (model.scenario.stockMaxLag !== undefined) return model.scenario.stockMaxLag;
  const inventoryKinds = new Map(model.estate.objects.map((object) => [object.id, object.kind]));
  const workflow = model.workflows.find((candidate) => String(inventoryKinds.get(candidate.decl.object) ?? '').startsWith('inventory'));
  return parseDuration(workflow?.sla?.targets?.max) ?? DEFAULT_BOUND;
}

export const stockDivergenceBounded: Invariant = {
  id: 'stock-divergence-bounded',
  description: 'The OMS available-to-sell and the ERP never lag each other on a SKU by more than the bound, and agree once every message is settled.',
  create(model, onViolation) {
    const log = new ViolationLog(onViolation);
    const bound = boundOf(model);
    const tracked = new Map<SimRoute, TrackedRoute>();
    for (const route of model.routes) {
      const oms = stockNode(route, 'oms');
      const erp = stockNode(route, 'erp');
      if (route.keys === undefined || oms === undefined || erp === undefined) continue;
      tracked.set(route, {
        oms, erp,
        omsView: new Float64Array(route.keys).fill(-1),
        erpView: new Float64Array(route.keys).fill(-1),
        movements: new Map(),
        reported: new Set(),
      });
    }
    let checked = 0;

    const report = (state: TrackedRoute, key: number, now: number, lag: number, instance: Instance | undefined): void => {
      if (state.reported.has(key)) return;
      state.reported.add(key);
      const behind = state.omsView[key] < state.erpView[key] ? state.oms.step.to.id : state.erp.step.to.id;
      log.add({
        time: now,
        workflow: state.oms.step.workflowId,
        instance: instance?.id,
        message: `${behind} lags on key ${key} by ${formatDuration(lag)}, above the bound of ${formatDuration(bound)} (OMS at movement ${state.omsView[key]}, ERP at ${state.erpView[key]})`,
      });
    };

    const check = (state: TrackedRoute, key: number, now: number, instance: Instance | undefined): void => {
      const oms = state.omsView[key];
      const erp = state.erpView[key];
      const movements = state.movements.get(key);
      if (oms === erp) {
        state.reported.delete(key);
        movements?.prune(oms);
        return;
      }
      // NOTE: after a view goes back to an older movement, the start time of a movement already
      // forgotten is unknown. The oldest one kept is used instead, which can understate the lag.
      const started = movements?.startOf(Math.min(oms, erp) + 1) ?? movements?.times[movements.start];
      const lag = started === undefined ? 0 : now - started;
      if (lag > bound) report(state, key, now, lag, instance);
    };

    return {
      onAccept(instance) {
        const state = tracked.get(instance.route);
        if (state === undefined) return;
        let movements = state.movements.get(instance.key);
        if (movements === undefined) {
          movements = new Movements();
          movements.base = instance.sequence;
          state.movements.set(instance.key, movements);
        }
        movements.times.push(instance.startedAt);
      },
      watchesApply: (node) => [...tracked.values()].some((state) => state.oms === node || state.erp === node),
      onApply(message, now) {
        const { instance, node } = message;
        const state = tracked.get(instance.route);
        if (state === undefined || (node !== state.oms && node !== state.erp)) return;
        checked++;
        (node === state.oms ? state.omsView : state.erpView)[instance.key] = instance.sequence;
        check(state, instance.key, now, instance);
      },
      onFinish(end) {
        for (const state of tracked.values()) {
          for (let key = 0; key < state.omsView.length; key++) {
            if (state.omsView[key] === state.erpView[key]) continue;
            check(state, key, end.now, undefined);
            if (state.reported.has(key)) continue;
            state.reported.add(key);
            log.add({
              time: end.now,
              workflow: state.oms.step.workflowId,
              message: `${state.oms.step.to.id} and ${state.erp.step.to.id} disagree on key ${key} at the end of the run: OMS at movement ${state.omsView[key]}, ERP at ${state.erpView[key]}`,
            });
          }
        }
      },
      result: () => log.result(stockDivergenceBounded, checked),
    };
  },
};
