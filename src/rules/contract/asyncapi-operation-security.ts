import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { checkSecurity, SECURITY_MESSAGES } from './asyncapi/security.js';
import { ASYNCAPI_DIALECTS } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-operation-security',
  scope: 'contract',
  meta: {
    description: 'The `security` of operations and operation traits names defined security schemes and scopes they offer.',
    why: 'A requirement that names an undefined scheme or scope cannot be configured on the broker, so the operation either runs unprotected or every client is refused.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: SECURITY_MESSAGES,
  check({ contract, report }) {
    checkSecurity(contract, asyncApiNodes(contract), ['operation', 'operationTrait'], report);
  },
};
