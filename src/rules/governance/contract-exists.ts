import type { EstateRule } from '../types.js';

export const rule: EstateRule = {
  id: 'contract-exists',
  scope: 'estate',
  meta: {
    description: 'Every contract named by a workflow step, a canonical model payload or a mapping payload is declared under a system and loaded.',
    why: 'A step bound to an undeclared contract cannot be checked for idempotency keys, events or unused operations, so the gaps reach production.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    unknownContract:
      "{{referrer}} names contract '{{contract}}', which no system declares under contracts; declare it on the system that exposes the API or correct the id",
  },
  check({ workspace, report }) {
    const { estate } = workspace;
    // The loader loads every declared contract or stops with an input error, so loaded means declared.
    const isKnown = (id: string): boolean => workspace.contracts.has(id);

    for (const workflow of estate.workflows) {
      for (const step of workflow.steps) {
        const target = step.operation ?? step.channel;
        if (target === undefined || isKnown(target.contract)) continue;
        report({
          messageId: 'unknownContract',
          data: { referrer: `step '${step.id}' of workflow '${workflow.id}'`, contract: target.contract },
          location: workspace.locate(target, 'contract'),
        });
      }
    }
    for (const model of estate.canonicalModels) {
      for (const payload of model.payloads ?? []) {
        if (isKnown(payload.contract)) continue;
        report({
          messageId: 'unknownContract',
          data: { referrer: `a payload of canonical model '${model.id}'`, contract: payload.contract },
          location: workspace.locate(payload, 'contract'),
        });
      }
    }
    for (const mapping of estate.mappings) {
      if (mapping.payload === undefined || isKnown(mapping.payload.contract)) continue;
      report({
        messageId: 'unknownContract',
        data: { referrer: `the payload of mapping '${mapping.id}'`, contract: mapping.payload.contract },
        location: workspace.locate(mapping.payload, 'contract'),
      });
    }
  },
};
