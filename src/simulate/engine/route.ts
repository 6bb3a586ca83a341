/**
 * Routes: which declared steps a message from one channel takes through a workflow, and in what
 * order. Steps are read in declared order while tracking which systems hold the message:
 * - a step runs when its `from` system holds the message (an async step or a writing sync step
 *   hands the message to its `to` system; a sync caller keeps it after the answer);
 * - a sync step that writes nothing and whose `to` system holds the message is a pull: the caller
 *   fetches it, as when a hub polls a marketplace;
 * - a step whose transition starts in the object's current state and whose `to` system holds the
 *   message is another party moving the object on, as when a warehouse records a returned parcel;
 * - an event delivery follows only the publication of the same event channel;
 * - a step whose transition does not start in the object's current state is skipped.
 * The result is a tree: each step waits for its parent step to succeed.
 */
import type { ChannelTarget, Workflow, WorkflowStep } from '../../model/types.js';

export interface RouteNode {
  step: WorkflowStep;
  /** Index of the parent node, or -1 for a node that starts the route. */
  parent: number;
  children: number[];
  /** This node and every node below it. */
  subtree: number[];
  /** Whether the step's caller fetches the message from its target, as a poll does. */
  isPull: boolean;
}

export interface RouteTree {
  workflow: Workflow;
  channel: string;
  nodes: RouteNode[];
  roots: number[];
}

function isSameEventChannel(a: ChannelTarget, b: ChannelTarget): boolean {
  return a.contract === b.contract && a.channel === b.channel;
}

/** Returns the parent node of `step`, -1 for the channel itself, or undefined when not taken. */
function parentOf(step: WorkflowStep, held: Map<string, number>, nodes: RouteNode[], state: string | undefined): { parent: number; isPull: boolean } | undefined {
  const transitionMatches = step.transition === undefined || state === undefined || step.transition.from === state;
  if (!transitionMatches) return undefined;
  const fromHolder = held.get(step.from);
  if (fromHolder !== undefined) {
    const previous = fromHolder >= 0 ? nodes[fromHolder].step : undefined;
    if (step.channel !== undefined && previous?.channel !== undefined && !isSameEventChannel(step.channel, previous.channel)) return undefined;
    return { parent: fromHolder, isPull: false };
  }
  const toHolder = held.get(step.to);
  if (toHolder === undefined) return undefined;
  if (step.mode === 'sync' && step.writes === undefined) return { parent: toHolder, isPull: true };
  if (step.transition !== undefined && state !== undefined) return { parent: toHolder, isPull: false };
  return undefined;
}

/** Builds the route of messages that `channel` sends into `workflow`. */
export function buildRoute(workflow: Workflow, channel: string): RouteTree {
  const nodes: RouteNode[] = [];
  const held = new Map<string, number>([[channel, -1]]);
  let state = workflow.stateMachine?.initial;
  for (const step of workflow.steps) {
    const placement = parentOf(step, held, nodes, state);
    if (placement === undefined) continue;
    const index = nodes.length;
    nodes.push({ step, parent: placement.parent, children: [], subtree: [], isPull: placement.isPull });
    if (placement.parent >= 0) nodes[placement.parent].children.push(index);
    if (step.transition !== undefined) state = step.transition.to;
    if (placement.isPull) {
      held.set(step.from, index);
      continue;
    }
    if (step.mode === 'async' || step.writes !== undefined) held.set(step.to, index);
    if (step.mode === 'sync') held.set(step.from, index);
  }
  // Children always follow their parent in `nodes`, so one backward pass collects every subtree.
  for (let index = nodes.length - 1; index >= 0; index--) {
    nodes[index].subtree = [index, ...nodes[index].children.flatMap((child) => nodes[child].subtree)];
  }
  const roots = nodes.flatMap((node, index) => (node.parent === -1 ? [index] : []));
  return { workflow, channel, nodes, roots };
}

/** Returns the route of `channel` into `workflow`, or undefined when no step takes its messages. */
export function findRouteEntry(workflow: Workflow, channel: string): RouteTree | undefined {
  const route = buildRoute(workflow, channel);
  return route.nodes.length === 0 ? undefined : route;
}
