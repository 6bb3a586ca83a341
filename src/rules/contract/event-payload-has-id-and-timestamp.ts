import type { ContractRule } from '../types.js';
import { findEventFields } from './retail/event-fields.js';

export const rule: ContractRule = {
  id: 'event-payload-has-id-and-timestamp',
  scope: 'contract',
  meta: {
    description: 'Every AsyncAPI message carries an event id and the time the event occurred, as headers, payload properties or CloudEvents attributes.',
    why: 'Brokers deliver at least once and out of order; without an id a consumer books a redelivered stock change twice, and without an occurrence time it lets an old price overwrite a newer one.',
    category: 'events',
    defaultSeverity: 'warn',
    dialects: ['asyncapi2', 'asyncapi3'],
    rulesets: ['retail'],
  },
  messages: {
    missingId:
      "message '{{message}}' on channel '{{channel}}' carries no event id; add a header or payload property such as eventId, or the CloudEvents id attribute, so that consumers can drop redeliveries",
    missingTimestamp:
      "message '{{message}}' on channel '{{channel}}' carries no occurrence time; add a header or payload property such as occurredAt (format date-time), or the CloudEvents time attribute, so that consumers can order events",
  },
  check({ contract, report }) {
    const checked = new Set<string>();
    for (const channel of contract.channels) {
      for (const message of channel.messages) {
        // One message may be listed on several channels and by several operations.
        const key = `${message.file}#${message.pointer}`;
        if (checked.has(key)) continue;
        checked.add(key);

        const fields = findEventFields(contract, message);
        const data = { message: message.name, channel: channel.id };
        const location = { file: message.file, pointer: message.pointer };
        if (!fields.hasId) report({ messageId: 'missingId', data, location });
        if (!fields.hasTime) report({ messageId: 'missingTimestamp', data, location });
      }
    }
  },
};
