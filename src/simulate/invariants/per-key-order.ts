/**
 * Per-key order: at every step, the messages of one ordering-key value (such as one SKU) are
 * applied in the order the channel sent them. Checked on routes whose instances share keys.
 */
import type { SimNode } from '../engine/types.js';
import type { Invariant } from './types.js';
import { ViolationLog } from './types.js';

export const perKeyOrder: Invariant = {
  id: 'per-key-order',
  description: 'Messages that share an ordering key (such as a SKU) are applied in the order they were sent.',
  create(model, onViolation) {
    const log = new ViolationLog(onViolation);
    // Highest sequence number applied so far per key, for every node of a route with shared keys.
    const lastApplied = new Map<SimNode, Float64Array>();
    for (const route of model.routes) {
      if (route.keys === undefined) continue;
      for (const node of route.nodes) {
        // A sync step that writes nothing is a read: it changes no state whose order could matter.
        const isRead = node.step.decl.mode === 'sync' && node.step.decl.writes === undefined;
        if (!isRead) lastApplied.set(node, new Float64Array(route.keys).fill(-1));
      }
    }
    let checked = 0;
    return {
      watchesApply: (node) => lastApplied.has(node),
      onApply(message, now) {
        const { instance, node } = message;
        const last = lastApplied.get(node);
        if (last === undefined) return;
        checked++;
        const previous = last[instance.key];
        if (instance.sequence >= previous) {
          last[instance.key] = instance.sequence;
          return;
        }
        let ordering = 'because the step declares no ordering key';
        if (message.applied > 1) {
          ordering = 'because a late repeated delivery was applied again';
        } else if (node.step.isOrdered) {
          ordering = message.replays > 0
            ? 'because it was replayed from a dead-letter queue after later messages of its key went on'
            : 'although the step declares an ordering key';
        }
        log.add({
          time: now,
          workflow: node.step.workflowId,
          step: node.step.id,
          instance: instance.id,
          message: `${node.step.to.id} applied message ${instance.sequence} of key ${instance.key} after message ${previous}, ${ordering}`,
        });
      },
      result: () => log.result(perKeyOrder, checked),
    };
  },
};
