/** Every accepted instance is delivered everywhere, or waits in a dead-letter queue that has an owner. */
import type { Invariant } from './types.js';
import { ViolationLog } from './types.js';

export const nothingLost: Invariant = {
  id: 'nothing-lost',
  description: 'Every accepted order, stock movement, shipment or return is delivered, or sits in a dead-letter queue with an owner.',
  create(_model, onViolation) {
    const log = new ViolationLog(onViolation);
    let accepted = 0;
    return {
      onAccept() {
        accepted++;
      },
      onLost(instance, node, reason, now) {
        log.add({ time: now, workflow: node.step.workflowId, step: node.step.id, instance: instance.id, message: `instance ${instance.id} lost: ${reason}` });
      },
      onFinish(end) {
        if (end.stuckInstances === 0) return;
        log.add({ time: end.now, message: `${end.stuckInstances} instances were still in flight when the drain limit ended the run` });
      },
      result: () => log.result(nothingLost, accepted),
    };
  },
};
