import type { EstateRule } from '../types.js';
import { isUnstableSource } from './helpers/identity-sources.js';
import { listSteps } from './helpers/steps.js';

/** Writes that must never happen twice: a repeated call books an order or money twice. */
const IDEMPOTENT_WRITES = new Set(['order', 'payment', 'refund', 'financial-posting', 'stock-adjustment']);

/** Suggested business identity per write, for messages. */
const IDENTITY_HINTS: Record<string, string> = {
  order: '[channel, order.id, operation]',
  payment: '[order.id, payment.attempt]',
  refund: '[return.id, refund.sequence]',
  'financial-posting': '[document.type, document.id]',
  'stock-adjustment': '[location, sku, adjustment.id]',
};

export const rule: EstateRule = {
  id: 'write-requires-idempotency-key',
  scope: 'estate',
  meta: {
    description: 'Every step that writes an order, payment, refund, financial posting or stock adjustment declares an idempotency key derived from business identity.',
    why: 'Channels and brokers resend on timeouts; without a stable key the ERP books the same marketplace order or refund twice.',
    category: 'idempotency',
    defaultSeverity: 'error',
  },
  messages: {
    missingKey:
      "step '{{step}}' of workflow '{{workflow}}' writes {{writes}} but declares no idempotency key; derive one from business identity such as {{hint}}",
    unstableSource:
      "idempotency key '{{key}}' of step '{{step}}' in workflow '{{workflow}}' is derived from '{{source}}', which changes on every attempt; derive it from business identity such as {{hint}}",
  },
  check({ workspace, report }) {
    for (const { workflow, step } of listSteps(workspace.estate)) {
      if (step.writes === undefined || !IDEMPOTENT_WRITES.has(step.writes)) continue;
      const hint = IDENTITY_HINTS[step.writes];
      const key = step.idempotencyKey;
      if (key === undefined) {
        report({
          messageId: 'missingKey',
          data: { step: step.id, workflow: workflow.id, writes: step.writes, hint },
          location: workspace.locate(step, 'writes'),
        });
        continue;
      }
      key.from.forEach((source, index) => {
        if (!isUnstableSource(source)) return;
        report({
          messageId: 'unstableSource',
          data: { key: key.name, step: step.id, workflow: workflow.id, source, hint },
          location: workspace.locate(key, 'from', index),
        });
      });
    }
  },
};
