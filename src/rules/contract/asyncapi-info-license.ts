import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, isFilled } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-info-license',
  scope: 'contract',
  meta: {
    description: 'The `info` object has a `license` object.',
    why: 'Partners and marketplaces that consume the events need to know under which terms they may use them; a missing license stalls onboarding in legal review.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingLicense: 'info has no license; add info.license with the name and url of the terms',
  },
  check({ contract, report }) {
    const { info, root } = asyncApiNodes(contract);
    if (info !== undefined && isFilled(info.value.license)) return;
    report({ messageId: 'missingLicense', location: info === undefined ? at(root) : at(info) });
  },
};
