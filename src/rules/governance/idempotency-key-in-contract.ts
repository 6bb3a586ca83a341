import type { EstateRule } from '../types.js';
import { messageCarries } from './helpers/field-names.js';
import { operationCarriesKey } from './helpers/idempotency-key.js';
import { findStepChannel, findStepOperation } from './helpers/step-contracts.js';
import { listSteps } from './helpers/steps.js';

export const rule: EstateRule = {
  id: 'idempotency-key-in-contract',
  scope: 'estate',
  meta: {
    description: "A step's declared idempotency key is carried by its contract: a header or body property of the operation, or a header or payload property of every message on the channel.",
    why: 'A key declared in YAML but absent from the API never reaches the receiver, so a resent order is booked twice despite the declaration.',
    category: 'idempotency',
    defaultSeverity: 'error',
  },
  messages: {
    operationWithoutKey:
      "operation '{{operation}}' of contract '{{contract}}' has no '{{key}}' header parameter or body property (nor a well-known idempotency header), but step '{{step}}' of workflow '{{workflow}}' declares that key; add it to the contract or declare the name the API uses",
    messageWithoutKey:
      "message '{{message}}' on channel '{{channel}}' of contract '{{contract}}' has no '{{key}}' header or payload property, but step '{{step}}' of workflow '{{workflow}}' declares that idempotency key; add it to the message or declare the name the message uses",
  },
  check({ workspace, report }) {
    const reported = new Set<string>();
    const reportOnce = (file: string, pointer: string, key: string, emit: () => void): void => {
      const id = `${file}#${pointer}#${key.toLowerCase()}`;
      if (reported.has(id)) return;
      reported.add(id);
      emit();
    };

    for (const { workflow, step } of listSteps(workspace.estate)) {
      const key = step.idempotencyKey;
      if (key === undefined) continue;
      const names = { step: step.id, workflow: workflow.id, key: key.name };

      const target = findStepOperation(workspace, step);
      if (target !== undefined && !operationCarriesKey(target.operation, key.name)) {
        const { operation, contract } = target;
        reportOnce(operation.file, operation.pointer, key.name, () => report({
          messageId: 'operationWithoutKey',
          data: { ...names, operation: step.operation!.operation, contract: contract.id },
          location: { file: operation.file, pointer: operation.pointer },
        }));
      }

      const channelTarget = findStepChannel(workspace, step);
      for (const message of channelTarget?.channel.messages ?? []) {
        if (messageCarries(message, key.name)) continue;
        reportOnce(message.file, message.pointer, key.name, () => report({
          messageId: 'messageWithoutKey',
          data: { ...names, message: message.name, channel: channelTarget!.channel.id, contract: channelTarget!.contract.id },
          location: { file: message.file, pointer: message.pointer },
        }));
      }
    }
  },
};
