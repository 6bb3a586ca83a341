/** Every write to an ERP (sales order, goods issue, stock adjustment, credit memo) is booked once. */
import { duplicateReason } from './duplicate-reason.js';
import type { Invariant } from './types.js';
import { ViolationLog } from './types.js';
import { formatDuration } from '../../model/units.js';

export const noDuplicateErpPosting: Invariant = {
  id: 'no-duplicate-erp-posting',
  description: 'The ERP books every posting once, whatever the duplicates, retries and lost acknowledgements.',
  create(model, onViolation) {
    const log = new ViolationLog(onViolation);
    const postings = new Set(model.steps.filter((step) => step.to.kind === 'erp' && step.decl.writes !== undefined));
    let checked = 0;
    return {
      watchesApply: (node) => postings.has(node.step),
      onApply(message, now) {
        const { instance, node, applied: count } = message;
        if (!postings.has(node.step)) return;
        checked++;
        if (count < 2) return;
        const key = duplicateReason(node.step);
        log.add({
          time: now,
          workflow: node.step.workflowId,
          step: node.step.id,
          instance: instance.id,
          message: `${node.step.to.id} booked the ${node.step.decl.writes} of instance ${instance.id} ${count} times (started at ${formatDuration(instance.startedAt)}), ${key}`,
        });
      },
      result: () => log.result(noDuplicateErpPosting, checked),
    };
  },
};
