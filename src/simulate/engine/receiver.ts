/**
 * The receiving side of a step: an idempotent receiver when the step declares an idempotency key
 * (a repeated message is recognised and acknowledged without effect), otherwise every delivery
 * that reaches the target is applied again. A receiver with a version check also acknowledges,
 * without effect, a message older than the newest it applied for the same key.
 */
import { PATH } from '../metrics/coverage.js';
import type { Simulation } from './simulation.js';
import { traceMessage } from './trace.js';
import type { Delivery } from './types.js';

export function applyAtTarget(sim: Simulation, delivery: Delivery): void {
  const message = delivery.message;
  const instance = message.instance;
  const node = message.node;
  const step = node.step;
  const previous = message.applied;
  if (previous > 0 && step.isIdempotent) {
    step.duplicatesSuppressed++;
    sim.coverage.note(PATH['duplicate-suppressed'], message.faulted);
    if (sim.log !== undefined) traceMessage(sim, 'duplicate-suppressed', message);
    return;
  }

  const newest = node.newestApplied;
  if (newest !== undefined) {
    if (instance.sequence < newest[instance.key]) {
      step.staleDropped++;
      sim.coverage.note(PATH['stale-dropped'], message.faulted);
      if (sim.log !== undefined) traceMessage(sim, 'stale-dropped', message);
      return;
    }
    newest[instance.key] = instance.sequence;
  }

  const count = previous + 1;
  message.applied = count;
  if (previous === 0) instance.markApplied(node.index);
  if (count > 1) {
    step.duplicateApplications++;
    sim.coverage.note(PATH['duplicate-applied'], message.faulted);
  }
  if (sim.log !== undefined) traceMessage(sim, 'apply', message, `,"count":${count}${delivery.isCopy ? ',"copy":true' : ''}`);

  const observers = node.applyObservers;
  for (let i = 0; i < observers.length; i++) observers[i].onApply!(message, sim.now);
}
