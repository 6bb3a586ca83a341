/** Every refund belongs to a recorded return, and no return is refunded twice. */
import type { SimNode } from '../engine/types.js';
import type { Invariant } from './types.js';
import { ViolationLog } from './types.js';

export const refundMatchesReturn: Invariant = {
  id: 'refund-matches-return',
  description: 'Every refund matches one recorded return: no refund without its return, no return refunded twice.',
  create(model, onViolation) {
    const log = new ViolationLog(onViolation);
    // For each refund node, the nodes above it that record the return.
    const returnNodes = new Map<SimNode, SimNode[]>();
    for (const route of model.routes) {
      for (const node of route.nodes) {
        if (node.step.decl.writes !== 'refund') continue;
        const above: SimNode[] = [];
        for (let parent = node.parent; parent >= 0; parent = route.nodes[parent].parent) {
          if (route.nodes[parent].step.decl.writes === 'return') above.push(route.nodes[parent]);
        }
        returnNodes.set(node, above);
      }
    }
    let checked = 0;
    return {
      watchesApply: (node) => returnNodes.has(node),
      onApply(message, now) {
        const { instance, node, applied: count } = message;
        const above = returnNodes.get(node);
        if (above === undefined) return;
        checked++;
        const where = { time: now, workflow: node.step.workflowId, step: node.step.id, instance: instance.id };
        if (count > 1) {
          log.add({ ...where, message: `${node.step.to.id} refunded return ${instance.id} ${count} times${node.step.isIdempotent ? '' : ', because the refund step declares no idempotency key'}` });
        }
        if (count === 1 && !above.some((recorded) => instance.hasApplied(recorded.index))) {
          log.add({ ...where, message: `${node.step.to.id} refunded instance ${instance.id} with no recorded return: no step before the refund writes the return` });
        }
      },
      result: () => log.result(refundMatchesReturn, checked),
    };
  },
};
