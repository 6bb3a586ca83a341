import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { Location } from '../../findings.js';
import type { ContractRule } from '../types.js';
import { at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-message-messageId-uniqueness',
  scope: 'contract',
  meta: {
    description: 'No two messages of an AsyncAPI 2 document share a `messageId`.',
    why: 'Code generators and routers key messages by their id; two messages with one id overwrite each other, so one event type silently disappears from the generated consumer.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['asyncapi2'],
  },
  messages: {
    duplicateMessageId: "messageId '{{messageId}}' is also used by another message; give each message its own id",
  },
  check({ contract, report }) {
    const seen = new Set<string>();
    for (const message of asyncApiNodes(contract).messages) {
      // A trait's `messageId` wins over the message's own, as traits are applied on top of it.
      let found: { messageId: string; location: Location } | undefined;
      for (const part of [message.node, ...message.traits]) {
        const messageId = part.value.messageId;
        if (typeof messageId === 'string') found = { messageId, location: at(part, 'messageId') };
      }
      if (found === undefined) continue;
      if (seen.has(found.messageId)) report({ messageId: 'duplicateMessageId', data: { messageId: found.messageId }, location: found.location });
      seen.add(found.messageId);
    }
  },
};
