import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { checkSecurityRequirements } from './helpers/security.js';

export const rule: ContractRule = {
  id: 'oas3-operation-security-defined',
  scope: 'contract',
  meta: {
    description: 'Security requirements name only schemes declared in components.securitySchemes, and only their scopes.',
    why: 'A requirement that names an undeclared scheme or scope leaves gateways and generated clients without the credentials the call needs, so it fails with 401 in production.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    undefinedScheme: "{{where}} names scheme '{{name}}', which {{section}} does not declare; declare it or correct the name",
    undefinedScope: "{{where}} requires scope '{{scope}}' of scheme '{{name}}', which the scheme does not declare; add it to the scheme's scopes or correct the name",
    scopesNotAllowed: "{{where}} lists scope '{{scope}}' for scheme '{{name}}', which is not OAuth2; leave the list empty",
  },
  check({ contract, report }) {
    checkSecurityRequirements(openApiNodes(contract), report);
  },
};
