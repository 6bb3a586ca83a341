import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, isFilled } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-info-description',
  scope: 'contract',
  meta: {
    description: 'The `info` object has a non-empty `description`.',
    why: 'The description is where a publisher says what the events mean for the business and when they are sent; without it consumers infer the semantics from field names and get them wrong.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingDescription: 'info has no description; describe which events the application publishes or receives and why',
  },
  check({ contract, report }) {
    const { info, root } = asyncApiNodes(contract);
    if (info !== undefined && isFilled(info.value.description)) return;
    report({ messageId: 'missingDescription', location: info === undefined ? at(root) : at(info) });
  },
};
