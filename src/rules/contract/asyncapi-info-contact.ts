import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, isFilled } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-info-contact',
  scope: 'contract',
  meta: {
    description: 'The `info` object has a `contact` object.',
    why: 'Consumers of an event stream need to know whom to ask about a change or an outage; a contract without a contact leaves them to search the organisation chart.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingContact: 'info has no contact; add info.contact with the name, url and email of the owning team',
  },
  check({ contract, report }) {
    const { info, root } = asyncApiNodes(contract);
    if (info !== undefined && isFilled(info.value.contact)) return;
    report({ messageId: 'missingContact', location: info === undefined ? at(root) : at(info) });
  },
};
