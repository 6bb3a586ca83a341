/**
 * Every step that declares `writes:` applies the business entity of an instance once, whatever
 * the duplicates, retries and lost acknowledgements. Writes to an ERP are checked by
 * no-duplicate-erp-posting, so this check covers the other targets: the OMS, the warehouse, the
 * marketplace, the payment provider.
 */
import { formatDuration } from '../../model/units.js';
import { duplicateReason } from './duplicate-reason.js';
import type { Invariant } from './types.js';
import { ViolationLog } from './types.js';

export const noDuplicateBusinessWrite: Invariant = {
  id: 'no-duplicate-business-write',
  description: 'Every step that writes a business entity outside the ERP applies it once per instance.',
  create(model, onViolation) {
    const log = new ViolationLog(onViolation);
    const writes = new Set(model.steps.filter((step) => step.to.kind !== 'erp' && step.decl.writes !== undefined));
    let checked = 0;
    return {
      watchesApply: (node) => writes.has(node.step),
      onApply(message, now) {
        const { instance, node, applied: count } = message;
        if (!writes.has(node.step)) return;
        checked++;
        if (count < 2) return;
        const step = node.step;
        log.add({
          time: now,
          workflow: step.workflowId,
          step: step.id,
          instance: instance.id,
          message: `${step.to.id} applied the ${step.decl.writes} of instance ${instance.id} ${count} times (started at ${formatDuration(instance.startedAt)}), ${duplicateReason(step)}`,
        });
      },
      result: () => log.result(noDuplicateBusinessWrite, checked),
    };
  },
};
