import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, isFilled } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-info-license-url',
  scope: 'contract',
  meta: {
    description: 'The license of `info` has a `url`.',
    why: 'A license name alone is ambiguous; partners integrating with the events need the terms themselves before they build on them.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingUrl: 'info.license has no url; link to the license terms',
  },
  check({ contract, report }) {
    const { info, root } = asyncApiNodes(contract);
    const license = info?.value.license;
    if (isPlainObject(license) && isFilled(license.url)) return;
    const location = info === undefined ? at(root) : isPlainObject(license) ? at(info, 'license') : at(info);
    report({ messageId: 'missingUrl', location });
  },
};
