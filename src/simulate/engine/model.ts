/**
 * Compiles an estate and a resolved scenario into the simulator's runtime objects: systems with
 * their rate limits and capacity, steps with their policies, faults and client-side throttles,
 * and one route per channel and workflow that the scenario sends traffic into.
 */
import { InputError } from '../../errors.js';
import type { Estate, ExceptionClass, RetryPolicy, WorkflowStep } from '../../model/types.js';
import { parseDuration, parseRate } from '../../model/units.js';
import type { Workspace } from '../../workspace/types.js';
import { lognormalFromP95, lognormalFromP99, type ServiceTime } from '../distributions.js';
import { FaultPlan } from '../faults.js';
import { streamFor } from '../rng.js';
import type { ResolvedScenario } from '../scenario/resolve.js';
import { TokenBucket } from './rate-limit.js';
import { buildRoute } from './route.js';
import { salesChannelMix, salesChannelOfStep, salesChannelsOf } from './sales-channel.js';
import { createThrottles } from './throttle.js';
import {
  SimNode, SimRoute, SimStep, SimSystem, SimWorkflow,
  type DeadLetterTarget, type Limiter, type OnExceed, type RetrySettings,
} from './types.js';

/** Timeout of a call whose step names no retry policy, in milliseconds. */
export const DEFAULT_TIMEOUT = 30_000;
/** Service time of a step that declares no latency: median 100ms, p99 500ms. */
const DEFAULT_SERVICE = lognormalFromP99(100, 500);

export interface SimModel {
  estate: Estate;
  scenario: ResolvedScenario;
  systems: SimSystem[];
  steps: SimStep[];
  workflows: SimWorkflow[];
  routes: SimRoute[];
  /** Route of each scenario traffic entry, by position. */
  trafficRoutes: SimRoute[];
  faults: FaultPlan;
}

class ReferenceProblems {
  readonly errors: InputError[] = [];

  constructor(private readonly workspace: Workspace) {}

  add(node: object, key: string, message: string): void {
    const location = this.workspace.locate(node, key);
    const file = this.workspace.declarationFiles.find((candidate) => candidate.path === location.file);
    const position = file?.position(location.pointer) ?? { line: 1, column: 1 };
    this.errors.push(new InputError(message, { file: location.file, ...position }));
  }

  throwIfAny(): void {
    if (this.errors.length === 0) return;
    const [first, ...others] = this.errors;
    throw new InputError(first.message, { file: first.file!, line: first.line, column: first.column },
      'Fix the reference; `retailgov lint` lists every broken reference of the estate', others);
  }
}

function limitersOf(estate: Estate, systemId: string): Limiter[] {
  const system = estate.systems.find((candidate) => candidate.id === systemId);
  return (system?.rateLimits ?? []).flatMap((limit): Limiter[] => {
    const perSecond = parseRate(limit.limit);
    if (perSecond === undefined || perSecond <= 0) return [];
    const capacity = limit.burst ?? Math.max(1, perSecond);
    return [{
      bucket: new TokenBucket(perSecond / 1000, capacity),
      capacity,
      caller: limit.scope === undefined || limit.scope === 'api' ? undefined : limit.scope,
      onExceed: (limit.onExceed ?? 'reject-429') as OnExceed,
      perSecond,
    }];
  });
}

function retrySettings(policy: RetryPolicy): RetrySettings {
  return {
    id: policy.id,
    maxAttempts: Math.max(1, Math.floor(policy.maxAttempts)),
    initial: parseDuration(policy.initialInterval) ?? 0,
    cap: parseDuration(policy.maxInterval) ?? Infinity,
    coefficient: policy.backoffCoefficient,
    jitter: policy.jitter,
    honourRetryAfter: policy.honourRetryAfter === true,
    retryable: new Set(policy.retryableErrors),
  };
}

function stepService(step: WorkflowStep): ServiceTime {
  const median = parseDuration(step.latency?.p50);
  if (median === undefined) return DEFAULT_SERVICE;
  const p99 = parseDuration(step.latency?.p99);
  if (p99 !== undefined) return lognormalFromP99(median, p99);
  const p95 = parseDuration(step.latency?.p95);
  if (p95 !== undefined) return lognormalFromP95(median, p95);
  return lognormalFromP99(median, 5 * median);
}

/** Compiles the model; throws InputError when a step names a system, policy or queue that does not exist. */
export function compileModel(workspace: Workspace, scenario: ResolvedScenario, seed: number): SimModel {
  const { estate } = workspace;
  const problems = new ReferenceProblems(workspace);
  const faults = new FaultPlan(scenario.faults, seed);

  const systems: SimSystem[] = [];
  const systemById = new Map<string, SimSystem>();
  for (const declared of estate.systems) {
    if (systemById.has(declared.id)) continue;
    const capacity = scenario.systems.get(declared.id);
    const system = new SimSystem(systems.length, declared.id, declared.kind, capacity?.concurrency ?? Infinity,
      limitersOf(estate, declared.id), capacity?.service);
    systems.push(system);
    systemById.set(declared.id, system);
  }
  const policies = new Map(estate.retryPolicies.map((policy) => [policy.id, retrySettings(policy)]));
  const queues = new Map(estate.deadLetter.queues.map((queue) => [queue.id, queue]));
  const classes = new Map<string, ExceptionClass>(estate.deadLetter.exceptionClasses.map((entry) => [entry.id, entry]));
  const slas = new Map(estate.slas.map((sla) => [sla.id, sla]));

  const steps: SimStep[] = [];
  const workflows: SimWorkflow[] = [];
  const stepsByWorkflow = new Map<string, Map<WorkflowStep, SimStep>>();
  for (const workflow of estate.workflows) {
    const sla = workflow.sla === undefined ? estate.slas.find((candidate) => candidate.workflow === workflow.id && candidate.kind === 'business') : slas.get(workflow.sla);
    if (workflow.sla !== undefined && sla === undefined) problems.add(workflow, 'sla', `workflow '${workflow.id}' names unknown SLA '${workflow.sla}'`);
    workflows.push(new SimWorkflow(workflow, sla));
    const byDeclaration = new Map<WorkflowStep, SimStep>();
    stepsByWorkflow.set(workflow.id, byDeclaration);
    for (const step of workflow.steps) {
      const from = systemById.get(step.from);
      const to = systemById.get(step.to);
      if (from === undefined) problems.add(step, 'from', `step '${step.id}' names unknown system '${step.from}'`);
      if (to === undefined) problems.add(step, 'to', `step '${step.id}' names unknown system '${step.to}'`);
      const retry = step.retryPolicy === undefined ? undefined : policies.get(step.retryPolicy);
      if (step.retryPolicy !== undefined && retry === undefined) problems.add(step, 'retryPolicy', `step '${step.id}' names unknown retry policy '${step.retryPolicy}'`);
      let deadLetter: DeadLetterTarget | undefined;
      if (step.deadLetter !== undefined) {
        const queue = queues.get(step.deadLetter.queue);
        if (queue === undefined) problems.add(step.deadLetter, 'queue', `step '${step.id}' names unknown dead-letter queue '${step.deadLetter.queue}'`);
        const routed = step.deadLetter.exceptionClasses.flatMap((id, index) => {
          const found = classes.get(id);
          if (found === undefined) problems.add(step.deadLetter!.exceptionClasses, String(index), `step '${step.id}' names unknown exception class '${id}'`);
          return found === undefined ? [] : [found];
        });
        deadLetter = { queue: step.deadLetter.queue, queueOwner: queue?.owner, classes: routed };
      }
      if (from === undefined || to === undefined) continue;
      const policy = step.retryPolicy === undefined ? undefined : estate.retryPolicies.find((candidate) => candidate.id === step.retryPolicy);
      const timeout = parseDuration(policy?.timeout) ?? DEFAULT_TIMEOUT;
      const name = `${workflow.id}/${step.id}/${steps.length}`;
      const simStep = new SimStep(steps.length, workflow.id, step, from, to, to.serviceOverride ?? stepService(step), timeout,
        retry, deadLetter, faults.forStep(step), streamFor(seed, `service:${name}`), streamFor(seed, `retry:${name}`));
      steps.push(simStep);
      byDeclaration.set(step, simStep);
    }
  }
  problems.throwIfAny();

  const throttles = createThrottles(steps.map((step) => ({ caller: step.decl.from, target: step.to })));
  for (const step of steps) step.throttle = throttles.get(`${step.decl.from}\u0000${step.to.id}`);

  const routes: SimRoute[] = [];
  const routeByKey = new Map<string, SimRoute>();
  const trafficRoutes = scenario.traffic.map((traffic) => {
    const routeKey = `${traffic.workflow}\u0000${traffic.channel}`;
    const existing = routeByKey.get(routeKey);
    if (existing !== undefined) return existing;
    const workflowIndex = estate.workflows.findIndex((candidate) => candidate.id === traffic.workflow);
    const workflow = estate.workflows[workflowIndex];
    const tree = buildRoute(workflow, traffic.channel);
    const keys = Math.max(0, ...scenario.traffic
      .filter((other) => other.workflow === traffic.workflow && other.channel === traffic.channel)
      .map((other) => other.keys ?? 0));
    const byDeclaration = stepsByWorkflow.get(traffic.workflow)!;
    const salesChannels = salesChannelsOf(estate, workflow);
    const nodes = tree.nodes.map((node, index) => {
      const step = byDeclaration.get(node.step)!;
      return new SimNode(index, step, node.parent, node.children, node.subtree, node.isPull, keys > 0 && step.isOrdered,
        salesChannelOfStep(node.step, salesChannels), keys > 0 ? keys : undefined);
    });
    // Instances from a sales channel came from it; others draw their channel when a step depends on it.
    const drawsChannel = !salesChannels.has(traffic.channel) && nodes.some((node) => node.onlyFor !== undefined);
    const mix = drawsChannel ? salesChannelMix(estate, workflow, salesChannels) : undefined;
    const route = new SimRoute(routes.length, workflows[workflowIndex], traffic.channel, nodes, tree.roots, keys > 0 ? keys : undefined, mix);
    routes.push(route);
    routeByKey.set(routeKey, route);
    return route;
  });

  return { estate, scenario, systems, steps, workflows, routes, trafficRoutes, faults };
}
