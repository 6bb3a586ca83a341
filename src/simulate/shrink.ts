/**
 * Shrinking: from a failing scenario, find a smaller one that fails the same check with the same
 * seed, in the manner of property-based testing. Candidates have fewer instances, fewer traffic
 * entries, fewer faults, shorter fault windows and a shorter duration; a candidate is kept when it
 * still fails. Every random stream is named by its content, so removing one fault or channel
 * leaves the draws of the others unchanged, and shrinking is itself deterministic.
 */
import type { Workspace } from '../workspace/types.js';
import { parseDuration } from '../model/units.js';
import { missedSlas } from './result.js';
import { runScenario, type RunOutcome } from './run.js';
import type { FaultSpec, ScenarioSpec } from './scenario/types.js';
import { canonicalScenario } from './scenario/write.js';

/** A failure to preserve: an invariant id, or `sla:WORKFLOW` for a missed SLA. */
export type FailureId = string;

export interface ShrinkResult {
  scenario: ScenarioSpec;
  failure: FailureId;
  /** Simulations run while shrinking. */
  runs: number;
  /** Whether the run budget ran out before shrinking finished, so a smaller scenario may exist. */
  budgetExhausted: boolean;
}

export interface ShrinkOptions {
  seed: number;
  /** Largest number of simulations to run. */
  maxRuns?: number;
}

const DEFAULT_MAX_RUNS = 150;

const SLA_PREFIX = 'sla:';
const SHRUNK_PREFIX = 'shrunk from: ';

/** Returns the failure a shrunk scenario must keep: the first violated invariant, else the first missed SLA. */
export function primaryFailure(outcome: RunOutcome): FailureId | undefined {
  const invariant = outcome.invariants.find((candidate) => !candidate.passed);
  if (invariant !== undefined) return invariant.id;
  const [workflow] = missedSlas(outcome);
  return workflow === undefined ? undefined : `${SLA_PREFIX}${workflow}`;
}

/** Formats milliseconds as a duration string the scenario schema accepts. */
export function toDuration(milliseconds: number): string {
  const rounded = Math.max(0, Math.round(milliseconds));
  if (rounded === 0) return '0s';
  for (const [unit, factor] of [['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (rounded % factor === 0) return `${rounded / factor}${unit}`;
  }
  return `${rounded}ms`;
}

class Shrinker {
  runs = 0;
  /** Set when a candidate went untried because the budget ran out. */
  cutShort = false;
  private readonly maxRuns: number;

  constructor(
    private readonly workspace: Workspace,
    private readonly failure: FailureId,
    private readonly seed: number,
    maxRuns: number,
  ) {
    this.maxRuns = maxRuns;
  }

  get exhausted(): boolean {
    return this.runs >= this.maxRuns;
  }

  /** Runs `candidate`; returns the number of instances started when it fails the same way, else undefined. */
  fails(candidate: ScenarioSpec): number | undefined {
    if (this.exhausted) {
      this.cutShort = true;
      return undefined;
    }
    this.runs++;
    const slaWorkflow = this.failure.startsWith(SLA_PREFIX) ? this.failure.slice(SLA_PREFIX.length) : undefined;
    const outcome = runScenario(this.workspace, candidate, { seed: this.seed, stopOnViolationOf: slaWorkflow === undefined ? this.failure : undefined });
    const failed = slaWorkflow === undefined
      ? outcome.invariants.some((invariant) => invariant.id === this.failure && !invariant.passed)
      : missedSlas(outcome).includes(slaWorkflow);
    return failed ? outcome.simulation.generated : undefined;
  }
}

function withoutFault(spec: ScenarioSpec, index: number): ScenarioSpec {
  return { ...spec, faults: (spec.faults ?? []).filter((_, position) => position !== index) };
}

function withFault(spec: ScenarioSpec, index: number, fault: FaultSpec): ScenarioSpec {
  return { ...spec, faults: (spec.faults ?? []).map((existing, position) => (position === index ? fault : existing)) };
}

/** Drops faults that start after the end of the traffic, since a shorter run never reaches them. */
function dropLateFaults(spec: ScenarioSpec): ScenarioSpec {
  const end = parseDuration(spec.duration)!;
  return { ...spec, faults: (spec.faults ?? []).filter((fault) => (parseDuration(fault.start) ?? 0) < end) };
}

/** Finds the smallest value in [low, high] for which `test` is true, assuming `test(high)` is. */
function searchSmallest(low: number, high: number, test: (value: number) => boolean): number {
  let best = high;
  let lower = low;
  let upper = high - 1;
  while (lower <= upper) {
    const middle = Math.floor((lower + upper) / 2);
    if (test(middle)) {
      best = middle;
      upper = middle - 1;
    } else {
      lower = middle + 1;
    }
  }
  return best;
}

/**
 * Shrinks `spec`, which fails with `failure` under `options.seed`, and returns the smallest
 * failing scenario found within the run budget.
 */
export function shrinkScenario(workspace: Workspace, spec: ScenarioSpec, failure: FailureId, options: ShrinkOptions): ShrinkResult {
  const shrinker = new Shrinker(workspace, failure, options.seed, options.maxRuns ?? DEFAULT_MAX_RUNS);
  const name = spec.name?.startsWith(SHRUNK_PREFIX) === true ? spec.name : `${SHRUNK_PREFIX}${spec.name ?? 'unnamed scenario'}`;
  let current: ScenarioSpec = dropLateFaults({ ...spec, name, seed: options.seed });
  let started = shrinker.fails(current);
  if (started === undefined && (current.faults ?? []).length < (spec.faults ?? []).length) {
    // A fault that starts after the traffic can still strike while the backlog drains: keep it then.
    current = { ...spec, name, seed: options.seed };
    started = shrinker.fails(current);
  }
  if (started === undefined) return { scenario: canonicalScenario(current), failure, runs: shrinker.runs, budgetExhausted: shrinker.cutShort };
  current = { ...current, maxInstances: Math.min(current.maxInstances ?? Infinity, started) };

  let changed = true;
  while (changed && !shrinker.exhausted) {
    changed = false;

    // Fewer traffic entries: the failure may need only one channel.
    for (let index = (current.traffic ?? []).length - 1; index >= 0 && (current.traffic ?? []).length > 1; index--) {
      const candidate = { ...current, traffic: current.traffic!.filter((_, position) => position !== index) };
      if (shrinker.fails(candidate) !== undefined) {
        current = candidate;
        changed = true;
      }
    }

    // Fewer faults.
    for (let index = (current.faults ?? []).length - 1; index >= 0; index--) {
      const candidate = withoutFault(current, index);
      if (shrinker.fails(candidate) !== undefined) {
        current = candidate;
        changed = true;
      }
    }

    // Earlier faults, so that fewer instances and a shorter run reach them.
    (current.faults ?? []).forEach((fault, index) => {
      const start = parseDuration(fault.start) ?? 0;
      if (start < 1000) return;
      const earliest = searchSmallest(0, Math.floor(start / 1000), (seconds) =>
        seconds * 1000 < start && shrinker.fails(withFault(current, index, { ...fault, start: toDuration(seconds * 1000) })) !== undefined);
      if (earliest * 1000 < start) {
        current = withFault(current, index, { ...fault, start: toDuration(earliest * 1000) });
        changed = true;
      }
    });

    // Shorter fault windows.
    (current.faults ?? []).forEach((fault, index) => {
      const length = parseDuration(fault.duration);
      if (length === undefined || length <= 1000) return;
      const shortest = searchSmallest(1, Math.ceil(length / 1000), (seconds) =>
        seconds * 1000 < length && shrinker.fails(withFault(current, index, { ...fault, duration: toDuration(seconds * 1000) })) !== undefined);
      if (shortest * 1000 < length) {
        current = withFault(current, index, { ...fault, duration: toDuration(shortest * 1000) });
        changed = true;
      }
    });

    // Fewer instances.
    const cap = current.maxInstances!;
    const smallest = searchSmallest(1, cap, (value) => shrinker.fails({ ...current, maxInstances: value }) !== undefined);
    if (smallest < cap) {
      current = { ...current, maxInstances: smallest };
      changed = true;
    }

    // Shorter duration, in whole seconds.
    const duration = parseDuration(current.duration)!;
    if (duration > 1000) {
      const seconds = searchSmallest(1, Math.ceil(duration / 1000), (value) =>
        value * 1000 < duration && shrinker.fails(dropLateFaults({ ...current, duration: toDuration(value * 1000) })) !== undefined);
      if (seconds * 1000 < duration) {
        current = dropLateFaults({ ...current, duration: toDuration(seconds * 1000) });
        changed = true;
      }
    }
  }
  return { scenario: canonicalScenario(current), failure, runs: shrinker.runs, budgetExhausted: shrinker.cutShort || (changed && shrinker.exhausted) };
}
