/**
 * Moving an instance along its route: dispatching a node's message, resolving it when it reaches
 * its final outcome, starting the child steps after a delivery, abandoning the steps below a
 * failure, and finishing the instance when every node of its route is settled.
 */
import { PATH } from '../metrics/coverage.js';
import { sendAttempt } from './calls.js';
import { sendInOrder, settleSequence } from './resequencer.js';
import type { Simulation } from './simulation.js';
import { traceInstance, traceMessage } from './trace.js';
import { Message, type Instance, type SimNode } from './types.js';

/**
 * Creates the message of `instance` at `node` and sends it, through the resequencer if ordered.
 * A step of another sales channel than the instance's is settled with the steps below it, unsent.
 */
export function dispatch(sim: Simulation, instance: Instance, node: SimNode): void {
  if (node.onlyFor !== undefined && node.onlyFor !== instance.salesChannel) {
    settleUnsent(sim, instance, node.subtree);
    return;
  }
  const message = new Message(instance, node, sim.now);
  sim.noteDispatch();
  if (node.keyStates !== undefined) sendInOrder(sim, message);
  else sendAttempt(sim, message);
}

function finishInstance(sim: Simulation, instance: Instance): void {
  sim.openInstances--;
  const workflow = instance.route.workflow;
  if (instance.refused) {
    workflow.refused++;
  } else if (instance.failed) {
    workflow.failed++;
  } else {
    workflow.completed++;
    workflow.histogram.record(sim.now - instance.startedAt);
  }
  if (sim.log !== undefined) traceInstance(sim, 'finish', instance, `,"outcome":"${instance.refused ? 'refused' : instance.failed ? 'failed' : 'completed'}"`);
}

/** Lets the next message of the key go, once per message. */
export function releaseKey(sim: Simulation, message: Message): void {
  if (message.released) return;
  message.released = true;
  if (message.node.keyStates !== undefined) settleSequence(sim, message.node, message.instance);
}

/** Settles `message` for good: delivered, dead-lettered with no replay left, refused or dropped. */
export function resolve(sim: Simulation, message: Message): void {
  sim.inFlight--;
  sim.lastResolution = sim.now;
  releaseKey(sim, message);
  const instance = message.instance;
  if (--instance.pending === 0) finishInstance(sim, instance);
}

/** Settles the route nodes `indexes` of `instance`, which will never send a message. */
function settleUnsent(sim: Simulation, instance: Instance, indexes: readonly number[]): void {
  if (indexes.length === 0) return;
  const nodes = instance.route.nodes;
  for (const index of indexes) {
    const node = nodes[index];
    if (node.keyStates !== undefined) settleSequence(sim, node, instance);
  }
  instance.pending -= indexes.length;
  if (instance.pending === 0) finishInstance(sim, instance);
}

/** Settles every node below `node`, which will never run because `node` failed. */
export function abandonBelow(sim: Simulation, instance: Instance, node: SimNode): void {
  const nodes = instance.route.nodes;
  settleUnsent(sim, instance, node.children.flatMap((child) => nodes[child].subtree));
}

export function handleSuccess(sim: Simulation, message: Message): void {
  const node = message.node;
  const step = node.step;
  step.succeeded++;
  step.histogram.record(sim.now - message.readyAt);
  if (message.attempt > 1) sim.coverage.note(PATH['retry-succeeded'], message.faulted);
  if (message.replays > 0) sim.coverage.note(PATH['replay-succeeded'], message.faulted);
  if (sim.log !== undefined) traceMessage(sim, 'delivered', message);
  // The children are still pending, so resolving this node cannot finish the instance early.
  resolve(sim, message);
  const instance = message.instance;
  const children = node.children;
  const nodes = instance.route.nodes;
  for (let i = 0; i < children.length; i++) dispatch(sim, instance, nodes[children[i]]);
}
