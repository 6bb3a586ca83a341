import { compareVersions, latestAsyncApiVersion } from '../../contracts/validation/asyncapi-spec.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-latest-version',
  scope: 'contract',
  meta: {
    description: 'The document uses the newest AsyncAPI version that retailgov knows.',
    why: 'Older AsyncAPI versions lose tool support over time, and a contract that stays behind must be migrated in a hurry when its generator or broker drops the version.',
    category: 'contracts',
    defaultSeverity: 'info',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    notLatest: 'AsyncAPI {{version}} is not the latest version; plan the upgrade to {{latest}}',
  },
  check({ contract, report }) {
    const latest = latestAsyncApiVersion();
    if (compareVersions(contract.version, latest) >= 0) return;
    report({ messageId: 'notLatest', data: { version: contract.version, latest }, location: { file: contract.source.path, pointer: '/asyncapi' } });
  },
};
