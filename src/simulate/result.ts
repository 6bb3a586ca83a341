/**
 * The report of a run as plain data, the input of every reporter. Times are milliseconds of
 * simulated time, rounded to microseconds, so that the same run always gives the same bytes.
 */
import { parseDuration } from '../model/units.js';
import type { PercentileTargets } from '../model/types.js';
import type { SimStep, SimWorkflow } from './engine/types.js';
import type { InvariantResult } from './invariants/types.js';
import { COVERAGE_PATHS } from './metrics/coverage.js';
import type { Histogram } from './metrics/histogram.js';
import type { RunOutcome } from './run.js';
import type { ScenarioSpec } from './scenario/types.js';

export interface Latency {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export interface SlaTarget {
  percentile: keyof PercentileTargets;
  target: number;
  /** Measured value; null when too few instances completed to reach this percentile. */
  measured: number | null;
  met: boolean;
}

export interface WorkflowReport {
  id: string;
  name: string | null;
  instances: { started: number; completed: number; failed: number; refused: number; rejected: number; shed: number };
  /** Requests the channels offered to the workflow: accepted ones started an instance. */
  offered: number;
  accepted: number;
  /** Requests turned away at a channel's rate limit (rejected with 429 or shed); SLA figures do not include them. */
  rejected: number;
  /** `rejected` as a share of `offered`; null when nothing was offered. */
  rejectedShare: number | null;
  latency: Latency;
  /** Latency histogram in logarithmic bins, for charts. */
  distribution: Array<{ from: number; to: number; count: number }>;
  sla: { id: string; targets: SlaTarget[]; withinMax: number | null } | null;
  /** Whether every SLA target held; null without an SLA or without traffic. */
  slaMet: boolean | null;
  steps: StepReport[];
}

export interface StepReport {
  id: string;
  from: string;
  to: string;
  latency: Latency;
  attempts: number;
  retries: number;
  /** Attempts per message delivered or dead-lettered. */
  retryAmplification: number | null;
  duplicateDeliveries: number;
  duplicatesSuppressed: number;
  duplicateApplications: number;
  /** Messages a receiver with a version check dropped as older than the newest it applied. */
  staleDropped: number;
  deadLettered: number;
  lost: number;
}

export interface SystemReport {
  id: string;
  kind: string;
  /** Calls offered by the callers, retries and duplicate copies included, before any client-side throttle. */
  calls: number;
  firstAttempts: number;
  retryAmplification: number | null;
  peakCallsPerSecond: number;
  peakAt: number;
  limitPerSecond: number | null;
  rateLimited: { rejected: number; queued: number; dropped: number };
  /** Calls that the callers' client-side throttles held back to stay within the declared limits. */
  throttled: number;
}

export interface FaultReport {
  index: number;
  kind: string;
  label: string;
  start: number;
  end: number | null;
  struck: number;
}

export interface CoverageReport {
  /** Faults of the scenario that struck at least once. */
  faultsInjected: number;
  /** Times any fault struck. */
  faultsStruck: number;
  /** Whether a recovery path ran for a message that an injected fault had struck. */
  recoveryExercised: boolean;
  /** Whether the run tested the policies: a fault struck and a policy recovered from it. */
  proven: boolean;
  /** One sentence for the reports: what the run tested, or why it proves nothing. */
  summary: string;
  /** `count`: runs of each path; `fromFaults`: those for messages that an injected fault struck. */
  paths: Array<{ id: string; description: string; count: number; fromFaults: number }>;
}

export interface SimulationReport {
  tool: string;
  version: string;
  estate: { name: string | null; digest: string };
  seed: number;
  passed: boolean;
  /** False when no fault struck or no recovery path ran: such a run proves nothing about the policies. */
  conclusive: boolean;
  scenario: ScenarioSpec;
  invariants: InvariantResult[];
  workflows: WorkflowReport[];
  deadLetters: Array<{ queue: string; exceptionClass: string; owner: string | null; workflow: string; step: string; count: number; replayed: number; remaining: number }>;
  systems: SystemReport[];
  backlog: {
    interval: number;
    peak: number;
    peakAt: number;
    /** Time from the end of the traffic until the last message settled; null when the drain limit cut the run. */
    timeToDrain: number | null;
    samples: Array<{ time: number; inFlight: number; deadLettered: number }>;
  };
  faults: FaultReport[];
  coverage: CoverageReport;
  /**
   * `scheduledEvents`: events the engine took from its queue. The `--events` log has more lines,
   * since one scheduled event can log several (a delivery, its duplicate copy, a retry).
   */
  totals: { requests: number; instances: number; routedMessages: number; calls: number; scheduledEvents: number; simulatedTime: number };
  /** `budgetExhausted`: the run budget ran out, so a smaller failing scenario may exist. */
  shrunk?: { invariant: string; runs: number; budgetExhausted: boolean; scenario: ScenarioSpec };
}

export interface ReportContext {
  version: string;
  estateName: string | undefined;
  estateDigest: string;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundOrNull(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : round(value);
}

function latencyOf(histogram: Histogram): Latency {
  return {
    p50: roundOrNull(histogram.percentile(0.5)),
    p95: roundOrNull(histogram.percentile(0.95)),
    p99: roundOrNull(histogram.percentile(0.99)),
    max: histogram.count === 0 ? null : round(histogram.max),
  };
}

const QUANTILES: Record<keyof PercentileTargets, number> = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99, max: 1 };

/**
 * Evaluates the SLA targets over every accepted instance that was not refused: a failed instance
 * (dead-lettered for good, or lost) never reached its end, so it counts as slower than any target.
 */
function evaluateSla(workflow: SimWorkflow): WorkflowReport['sla'] {
  const sla = workflow.sla;
  if (sla === undefined || sla.targets === undefined) return null;
  const histogram = workflow.histogram;
  const population = workflow.completed + workflow.failed;
  const targets: SlaTarget[] = [];
  for (const percentile of Object.keys(QUANTILES) as Array<keyof PercentileTargets>) {
    const target = parseDuration(sla.targets[percentile]);
    if (target === undefined) continue;
    const rank = Math.max(1, Math.ceil(QUANTILES[percentile] * population));
    let measured: number | null = null;
    if (population > 0 && rank <= workflow.completed) {
      measured = percentile === 'max' ? histogram.max : histogram.valueAtRank(rank);
    }
    targets.push({ percentile, target, measured: measured === null ? null : round(measured), met: population === 0 || (measured !== null && measured <= target) });
  }
  const max = parseDuration(sla.targets.max) ?? Math.max(0, ...targets.map((target) => target.target));
  const withinMax = population === 0 || targets.length === 0 ? null : round((histogram.shareAtOrBelow(max) * workflow.completed) / population);
  return { id: sla.id, targets, withinMax };
}

function stepReport(step: SimStep): StepReport {
  const settled = step.succeeded + step.deadLettered + step.lost;
  return {
    id: step.id,
    from: step.decl.from,
    to: step.decl.to,
    latency: latencyOf(step.histogram),
    attempts: step.attempts,
    retries: step.retries,
    retryAmplification: settled === 0 ? null : round(step.attempts / settled),
    duplicateDeliveries: step.copies,
    duplicatesSuppressed: step.duplicatesSuppressed,
    duplicateApplications: step.duplicateApplications,
    staleDropped: step.staleDropped,
    deadLettered: step.deadLettered,
    lost: step.lost,
  };
}

function workflowReport(workflow: SimWorkflow, steps: SimStep[]): WorkflowReport {
  const sla = evaluateSla(workflow);
  const hasTraffic = workflow.completed + workflow.failed > 0;
  return {
    id: workflow.id,
    name: workflow.decl.name ?? null,
    instances: {
      started: workflow.started,
      completed: workflow.completed,
      failed: workflow.failed,
      refused: workflow.refused,
      rejected: workflow.rejected,
      shed: workflow.shed,
    },
    offered: workflow.started + workflow.rejected + workflow.shed,
    accepted: workflow.started,
    rejected: workflow.rejected + workflow.shed,
    rejectedShare: workflow.started + workflow.rejected + workflow.shed === 0 ? null
      : round((workflow.rejected + workflow.shed) / (workflow.started + workflow.rejected + workflow.shed)),
    latency: latencyOf(workflow.histogram),
    distribution: workflow.histogram.bins(24).map((bin) => ({ from: round(bin.from), to: round(bin.to), count: bin.count })),
    sla,
    slaMet: sla === null || !hasTraffic ? null : sla.targets.every((target) => target.met),
    steps: steps.filter((step) => step.workflowId === workflow.id && step.attempts > 0).map(stepReport),
  };
}

/** Returns the ids of the workflows that missed an SLA target in the run. */
export function missedSlas(outcome: RunOutcome): string[] {
  return outcome.model.workflows.flatMap((workflow) => {
    const sla = evaluateSla(workflow);
    const hasTraffic = workflow.completed + workflow.failed > 0;
    return sla !== null && hasTraffic && !sla.targets.every((target) => target.met) ? [workflow.id] : [];
  });
}

/** Says in one sentence what a run tested; see CoverageReport. */
function coverageSummary(declared: number, struck: number, recovered: boolean, anyRecovery: boolean): string {
  const natural = anyRecovery ? '; the retries and suppressed duplicates counted came from slow answers, limits or load, not from faults' : '';
  if (declared === 0) return `no fault was injected, so the run tested no recovery path${natural}`;
  if (struck === 0) return `no injected fault struck, so the run tested no recovery path${natural}`;
  if (!recovered) return `injected faults struck ${struck} times, but no recovery path ran for the messages they struck`;
  return `injected faults struck ${struck} times, and the policies recovered from them`;
}

/** Builds the report of a finished run. */
export function buildReport(outcome: RunOutcome, context: ReportContext): SimulationReport {
  const { model, simulation } = outcome;
  const workflows = model.workflows.filter((workflow) => workflow.started > 0 || workflow.rejected + workflow.shed > 0).map((workflow) => workflowReport(workflow, model.steps));
  const struck = Array.from(model.faults.injected).reduce((sum, count) => sum + count, 0);
  const recoveryExercised = simulation.coverage.hasRecovery();
  const faultsInjected = Array.from(model.faults.injected).filter((count) => count > 0).length;
  const proven = struck > 0 && recoveryExercised;
  const invariantsHold = outcome.invariants.every((invariant) => invariant.passed);
  return {
    tool: 'retailgov simulate',
    version: context.version,
    estate: { name: context.estateName ?? null, digest: context.estateDigest },
    seed: outcome.seed,
    passed: invariantsHold && workflows.every((workflow) => workflow.slaMet !== false),
    conclusive: proven,
    scenario: outcome.spec,
    invariants: outcome.invariants,
    workflows,
    deadLetters: [...simulation.deadLetters.values()].map((entry) => ({ ...entry, owner: entry.owner ?? null })),
    systems: model.systems.filter((system) => system.calls > 0).map((system) => ({
      id: system.id,
      kind: system.kind,
      calls: system.calls,
      firstAttempts: system.firstAttempts,
      retryAmplification: system.firstAttempts === 0 ? null : round(system.calls / system.firstAttempts),
      peakCallsPerSecond: system.peakRate,
      peakAt: system.peakRateAt,
      limitPerSecond: system.limiters.length === 0 ? null : Math.min(...system.limiters.map((limiter) => limiter.perSecond)),
      rateLimited: { rejected: system.limitRejected, queued: system.limitQueued, dropped: system.limitDropped },
      throttled: system.throttled,
    })),
    backlog: {
      interval: simulation.backlog.interval,
      peak: simulation.peakInFlight,
      peakAt: round(simulation.peakInFlightAt),
      timeToDrain: simulation.truncated ? null : round(Math.max(0, simulation.lastResolution - simulation.trafficEnd)),
      samples: simulation.backlog.samples(),
    },
    faults: model.scenario.faults.map((fault) => ({
      index: fault.index,
      kind: fault.kind,
      label: fault.label,
      start: fault.start,
      end: Number.isFinite(fault.end) ? fault.end : null,
      struck: model.faults.injected[fault.index],
    })),
    coverage: {
      faultsInjected,
      faultsStruck: struck,
      recoveryExercised,
      proven,
      summary: coverageSummary(model.scenario.faults.length, struck, recoveryExercised, simulation.coverage.hasAnyRecovery()),
      paths: COVERAGE_PATHS.map((path, index) => ({
        id: path.id, description: path.description, count: simulation.coverage.counts[index], fromFaults: simulation.coverage.fromFaults[index],
      })),
    },
    totals: {
      requests: simulation.generated,
      instances: simulation.nextInstanceId,
      routedMessages: simulation.routed,
      calls: model.systems.reduce((sum, system) => sum + system.calls, 0),
      scheduledEvents: simulation.events,
      simulatedTime: round(simulation.now),
    },
  };
}
