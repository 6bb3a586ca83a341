import type { ContractMessage } from '../../contracts/types.js';
import type { EstateRule } from '../types.js';
import { messageCarries } from './helpers/field-names.js';
import { findStepChannel } from './helpers/step-contracts.js';
import { listSteps } from './helpers/steps.js';

function carriesCorrelationId(message: ContractMessage, name: string): boolean {
  return message.correlationIdLocation !== undefined || messageCarries(message, name);
}

export const rule: EstateRule = {
  id: 'event-carries-correlation-id',
  scope: 'estate',
  meta: {
    description: 'Every async step declares a correlation id, and every message on a channel step carries it.',
    why: 'Without a correlation id, support cannot follow an order from the marketplace through the queue to the ERP, so a stuck order takes hours to find.',
    category: 'events',
    defaultSeverity: 'error',
  },
  messages: {
    missingCorrelationId:
      "async step '{{step}}' of workflow '{{workflow}}' declares no correlation id; add `correlationId:` with where it travels and its name, for example a message header X-Correlation-Id",
    messageWithoutCorrelationId:
      "message '{{message}}' on channel '{{channel}}' of contract '{{contract}}' has no '{{name}}' header or payload property and no correlationId object, but step '{{step}}' of workflow '{{workflow}}' declares that correlation id; add it to the message",
  },
  check({ workspace, report }) {
    const reported = new Set<string>();
    for (const { workflow, step } of listSteps(workspace.estate)) {
      if (step.mode !== 'async') continue;
      const correlationId = step.correlationId;
      if (correlationId === undefined) {
        report({ messageId: 'missingCorrelationId', data: { step: step.id, workflow: workflow.id }, location: workspace.locate(step) });
        continue;
      }
      const target = findStepChannel(workspace, step);
      for (const message of target?.channel.messages ?? []) {
        const id = `${message.file}#${message.pointer}#${correlationId.name.toLowerCase()}`;
        if (carriesCorrelationId(message, correlationId.name) || reported.has(id)) continue;
        reported.add(id);
        report({
          messageId: 'messageWithoutCorrelationId',
          data: {
            message: message.name, channel: target!.channel.id, contract: target!.contract.id,
            name: correlationId.name, step: step.id, workflow: workflow.id,
          },
          location: { file: message.file, pointer: message.pointer },
        });
      }
    }
  },
};
