import type { EstateRule } from '../types.js';
import { messageCarries } from './helpers/field-names.js';
import { findStepChannel } from './helpers/step-contracts.js';
import { isAsyncChannelStep, listSteps } from './helpers/steps.js';

export const rule: EstateRule = {
  id: 'event-carries-ordering-key',
  scope: 'estate',
  meta: {
    description: 'Every async channel step declares an ordering key, and every message on its channel carries that key.',
    why: 'Without a per-entity ordering key, a late "stock 5" event overwrites a newer "stock 0", and the web shop sells units that are gone.',
    category: 'events',
    defaultSeverity: 'error',
  },
  messages: {
    missingOrderingKey:
      "async step '{{step}}' of workflow '{{workflow}}' declares no ordering key; add `orderingKey:` naming the entity whose events must stay in order, for example sku or order.id",
    messageWithoutOrderingKey:
      "message '{{message}}' on channel '{{channel}}' of contract '{{contract}}' has no '{{field}}' header or payload property, but step '{{step}}' of workflow '{{workflow}}' orders events by '{{key}}'; add '{{field}}' to the message or declare a key it carries",
  },
  check({ workspace, report }) {
    const reported = new Set<string>();
    for (const { workflow, step } of listSteps(workspace.estate)) {
      if (!isAsyncChannelStep(step)) continue;
      if (step.orderingKey === undefined) {
        report({ messageId: 'missingOrderingKey', data: { step: step.id, workflow: workflow.id }, location: workspace.locate(step) });
        continue;
      }
      // `order.id` travels as an `order` object in the payload, so its first segment must be present.
      const field = step.orderingKey.split('.')[0];
      const target = findStepChannel(workspace, step);
      for (const message of target?.channel.messages ?? []) {
        const id = `${message.file}#${message.pointer}#${field.toLowerCase()}`;
        if (messageCarries(message, field) || reported.has(id)) continue;
        reported.add(id);
        report({
          messageId: 'messageWithoutOrderingKey',
          data: {
            message: message.name, channel: target!.channel.id, contract: target!.contract.id,
            field, key: step.orderingKey, step: step.id, workflow: workflow.id,
          },
          location: { file: message.file, pointer: message.pointer },
        });
      }
    }
  },
};
