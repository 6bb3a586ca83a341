/**
 * Dead-letter routing. A message that exhausted its retries, or failed with an error its policy
 * does not retry, goes to the step's dead-letter queue under the exception class of the error's
 * kind, owned by the class's owner (else the queue's). A class with an automatic replay rule sends
 * it again after `after`, up to `maxReplays` times. A failure on a step the channel waits on is an
 * error the channel sees instead; a message with no matching class or owner is lost.
 */
import { parseDuration } from '../../model/units.js';
import type { ExceptionClass } from '../../model/types.js';
import { PATH } from '../metrics/coverage.js';
import { sendAttempt } from './calls.js';
import { classify, errorKind } from './errors.js';
import { EVENT } from './events.js';
import { abandonBelow, releaseKey, resolve } from './routing.js';
import type { Simulation } from './simulation.js';
import { traceMessage } from './trace.js';
import type { Message, SimStep } from './types.js';

/** Dead-lettered messages of one queue, class, owner and step. */
export interface DeadLetterCount {
  queue: string;
  exceptionClass: string;
  owner: string | undefined;
  workflow: string;
  step: string;
  /** Messages that entered the queue, replays included. */
  count: number;
  replayed: number;
  /** Messages left in the queue for good (manual or no replay, or replays used up). */
  remaining: number;
}

const replayDelays = new WeakMap<ExceptionClass, number>();
/** The queue entry of each message waiting for an automatic replay. */
const awaitingReplay = new WeakMap<Message, DeadLetterCount>();

function replayDelay(exceptionClass: ExceptionClass): number {
  let delay = replayDelays.get(exceptionClass);
  if (delay === undefined) {
    delay = parseDuration(exceptionClass.replay?.after) ?? 0;
    replayDelays.set(exceptionClass, delay);
  }
  return delay;
}

function countOf(sim: Simulation, step: SimStep, queue: string, exceptionClass: string, owner: string | undefined): DeadLetterCount {
  const key = `${queue}\u0000${exceptionClass}\u0000${owner ?? ''}\u0000${step.index}`;
  let entry = sim.deadLetters.get(key);
  if (entry === undefined) {
    entry = { queue, exceptionClass, owner, workflow: step.workflowId, step: step.id, count: 0, replayed: 0, remaining: 0 };
    sim.deadLetters.set(key, entry);
  }
  return entry;
}

function lose(sim: Simulation, message: Message, reason: string): void {
  const step = message.node.step;
  step.lost++;
  sim.coverage.note(PATH.lost, message.faulted);
  message.instance.failed = true;
  if (sim.log !== undefined) traceMessage(sim, 'lost', message, `,"reason":${JSON.stringify(reason)}`);
  for (const observer of sim.observers) observer.onLost?.(message.instance, message.node, reason, sim.now);
}

/** Routes a message that failed for good with `error`. */
export function deadLetter(sim: Simulation, message: Message, error: string): void {
  const node = message.node;
  const step = node.step;
  const instance = message.instance;
  if (step.isChannelFacing) {
    instance.refused = true;
    sim.coverage.note(PATH['refused-at-channel'], message.faulted);
    if (sim.log !== undefined) traceMessage(sim, 'refused', message, `,"error":"${error}"`);
    resolve(sim, message);
    abandonBelow(sim, instance, node);
    return;
  }
  const route = step.deadLetter;
  const exceptionClass = classify(error, route);
  if (route === undefined || exceptionClass === undefined) {
    const reason = route === undefined
      ? `step '${step.id}' failed with ${error} and has no dead-letter route`
      : `step '${step.id}' failed with ${error}, and no exception class it routes to '${route.queue}' has kind ${errorKind(error)}`;
    lose(sim, message, reason);
    resolve(sim, message);
    abandonBelow(sim, instance, node);
    return;
  }
  const owner = exceptionClass.owner ?? route.queueOwner;
  const entry = countOf(sim, step, route.queue, exceptionClass.id, owner);
  entry.count++;
  sim.coverage.note(PATH['dead-lettered'], message.faulted);
  if (sim.log !== undefined) traceMessage(sim, 'dead-letter', message, `,"queue":${JSON.stringify(route.queue)},"exceptionClass":${JSON.stringify(exceptionClass.id)},"error":"${error}"`);
  if (owner === undefined) {
    entry.remaining++;
    lose(sim, message, `dead-lettered to '${route.queue}' as '${exceptionClass.id}', which has no owner`);
    resolve(sim, message);
    abandonBelow(sim, instance, node);
    return;
  }
  const replay = exceptionClass.replay;
  if (replay?.mode === 'automatic' && message.replays < (replay.maxReplays ?? 1)) {
    sim.inDeadLetter++;
    awaitingReplay.set(message, entry);
    // The key's later messages go on while this one waits in the queue.
    releaseKey(sim, message);
    sim.queue.push(sim.now + replayDelay(exceptionClass), EVENT.replay, message);
    return;
  }
  entry.remaining++;
  step.deadLettered++;
  instance.failed = true;
  resolve(sim, message);
  abandonBelow(sim, instance, node);
}

export function onReplay(sim: Simulation, message: Message): void {
  sim.inDeadLetter--;
  message.replays++;
  message.attempt = 0;
  sim.coverage.note(PATH.replayed, message.faulted);
  const entry = awaitingReplay.get(message);
  if (entry !== undefined) entry.replayed++;
  if (sim.log !== undefined) traceMessage(sim, 'replay', message);
  sendAttempt(sim, message);
}
