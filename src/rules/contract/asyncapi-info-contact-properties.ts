import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, isFilled } from './asyncapi/support.js';

const PROPERTIES = ['name', 'url', 'email'] as const;

export const rule: ContractRule = {
  id: 'asyncapi-info-contact-properties',
  scope: 'contract',
  meta: {
    description: 'The contact object of `info` has a `name`, a `url` and an `email`.',
    why: 'When an event breaks a consumer at night, the on-call engineer needs to know who publishes it and how to reach them, by name, web page and e-mail.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingProperty: "info.contact has no '{{property}}'; add the {{property}} of the team that owns the contract",
  },
  check({ contract, report }) {
    const { info } = asyncApiNodes(contract);
    const contact = info?.value.contact;
    if (info === undefined || !isPlainObject(contact)) return;
    for (const property of PROPERTIES) {
      if (!isFilled(contact[property])) report({ messageId: 'missingProperty', data: { property }, location: at(info, 'contact') });
    }
  },
};
