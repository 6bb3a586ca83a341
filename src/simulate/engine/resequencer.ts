/**
 * The resequencer of a step with an ordering key: per key value, one message at a time, in the
 * order the channel sent them. A message waits until every earlier message of its key has been
 * delivered, dead-lettered, or dropped out of the route upstream. Without an ordering key,
 * messages go out as they come, so retries and delays can reorder them.
 */
import { PATH } from '../metrics/coverage.js';
import { sendAttempt } from './calls.js';
import type { Simulation } from './simulation.js';
import type { Instance, KeyState, Message, SimNode } from './types.js';

function stateOf(node: SimNode, key: number): KeyState {
  let state = node.keyStates!.get(key);
  if (state === undefined) {
    state = { expected: 0, busy: false, waiting: [], skipped: undefined };
    node.keyStates!.set(key, state);
  }
  return state;
}

/** Sends `message` now, or buffers it until the earlier messages of its key are settled. */
export function sendInOrder(sim: Simulation, message: Message): void {
  const state = stateOf(message.node, message.instance.key);
  const sequence = message.instance.sequence;
  if (sequence === state.expected && !state.busy) {
    state.busy = true;
    sendAttempt(sim, message);
    return;
  }
  sim.coverage.note(PATH.resequenced, message.faulted);
  const waiting = state.waiting;
  let index = waiting.length;
  while (index > 0 && waiting[index - 1].instance.sequence > sequence) index--;
  waiting.splice(index, 0, message);
}

/** Releases the next messages of a key whose head has reached its final outcome. */
function advance(sim: Simulation, state: KeyState): void {
  for (;;) {
    if (state.skipped !== undefined && state.skipped.delete(state.expected)) {
      state.expected++;
      continue;
    }
    const head = state.waiting[0];
    if (head !== undefined && head.instance.sequence === state.expected) {
      state.waiting.shift();
      state.busy = true;
      sendAttempt(sim, head);
    }
    return;
  }
}

/**
 * Records that the message of `instance` at `node` needs no more ordering: it was delivered,
 * dead-lettered, or will never reach the node.
 */
export function settleSequence(sim: Simulation, node: SimNode, instance: Instance): void {
  const state = stateOf(node, instance.key);
  const sequence = instance.sequence;
  if (sequence < state.expected) return;
  if (sequence > state.expected) {
    (state.skipped ??= new Set()).add(sequence);
    return;
  }
  state.busy = false;
  state.expected++;
  advance(sim, state);
}
