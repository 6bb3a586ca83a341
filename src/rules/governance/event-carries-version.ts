import type { ContractMessage } from '../../contracts/types.js';
import type { EstateRule } from '../types.js';
import { findStepChannel } from './helpers/step-contracts.js';
import { isAsyncChannelStep, listSteps } from './helpers/steps.js';

/** Field names that carry an event's schema version; `dataschema` and `specversion` are CloudEvents attributes. */
const VERSION_FIELDS = new Set(['version', 'eventversion', 'schemaversion', 'specversion', 'dataschema']);

/** Compares `event_version`, `Event-Version` and `eventVersion` alike. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

function carriesVersion(message: ContractMessage): boolean {
  return [...message.headerProperties, ...message.payloadProperties].some((name) => VERSION_FIELDS.has(normalise(name)));
}

export const rule: EstateRule = {
  id: 'event-carries-version',
  scope: 'estate',
  meta: {
    description: 'Every message on an async channel step carries its schema version as a header or payload property.',
    why: 'Consumers that cannot tell event versions apart misread a changed stock or order event after the publisher upgrades, and nobody notices until the numbers drift.',
    category: 'events',
    defaultSeverity: 'warn',
  },
  messages: {
    missingVersion:
      "message '{{message}}' on channel '{{channel}}' of contract '{{contract}}' (used by step '{{step}}' of workflow '{{workflow}}') carries no version; add a header or payload property such as eventVersion, schemaVersion or the CloudEvents specversion",
  },
  check({ workspace, report }) {
    // NOTE: a version suffix in a message name or an `x-version` extension does not count, because
    // consumers only see headers and payload at run time.
    const reported = new Set<string>();
    for (const { workflow, step } of listSteps(workspace.estate)) {
      if (!isAsyncChannelStep(step)) continue;
      const target = findStepChannel(workspace, step);
      for (const message of target?.channel.messages ?? []) {
        const id = `${message.file}#${message.pointer}`;
        if (carriesVersion(message) || reported.has(id)) continue;
        reported.add(id);
        report({
          messageId: 'missingVersion',
          data: { message: message.name, channel: target!.channel.id, contract: target!.contract.id, step: step.id, workflow: workflow.id },
          location: { file: message.file, pointer: message.pointer },
        });
      }
    }
  },
};
