/** One simulation run: resolve the scenario, compile the model, run the events, collect results. */
import type { Workspace } from '../workspace/types.js';
import { compileModel, type SimModel } from './engine/model.js';
import type { EventSink } from './engine/observer.js';
import { Simulation } from './engine/simulation.js';
import { INVARIANTS } from './invariants/index.js';
import type { InvariantCheck, InvariantResult } from './invariants/types.js';
import { resolveScenario } from './scenario/resolve.js';
import type { ScenarioSpec } from './scenario/types.js';

export interface RunOptions {
  seed: number;
  log?: EventSink;
  /** Stop at the first violation of this invariant (used while shrinking). */
  stopOnViolationOf?: string;
  onProgress?: (now: number, duration: number) => void;
}

export interface RunOutcome {
  spec: ScenarioSpec;
  seed: number;
  model: SimModel;
  simulation: Simulation;
  invariants: InvariantResult[];
}

export function runScenario(workspace: Workspace, spec: ScenarioSpec, options: RunOptions): RunOutcome {
  const scenario = resolveScenario(spec, workspace.estate);
  const model = compileModel(workspace, scenario, options.seed);
  let simulation: Simulation | undefined;
  const checks: InvariantCheck[] = INVARIANTS.map((invariant) =>
    invariant.create(model, () => {
      if (invariant.id === options.stopOnViolationOf) simulation?.requestStop();
    }));
  simulation = new Simulation(model, {
    seed: options.seed,
    observers: checks,
    log: options.log,
    stopOnViolation: options.stopOnViolationOf !== undefined,
    onProgress: options.onProgress,
  });
  simulation.run();
  return { spec, seed: options.seed, model, simulation, invariants: checks.map((check) => check.result()) };
}
