import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { checkSecurity, SECURITY_MESSAGES } from './asyncapi/security.js';
import { ASYNCAPI_DIALECTS } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-server-security',
  scope: 'contract',
  meta: {
    description: 'The `security` of servers names defined security schemes and scopes they offer.',
    why: 'A broker connection that requires an undefined scheme cannot be configured from the contract, so clients are generated without credentials and fail on connect.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: SECURITY_MESSAGES,
  check({ contract, report }) {
    checkSecurity(contract, asyncApiNodes(contract), ['server'], report);
  },
};
