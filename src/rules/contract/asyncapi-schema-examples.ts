import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { checkParameterValues, checkSchemaValues, VALUE_MESSAGES } from './asyncapi/schema-values.js';
import { ASYNCAPI_DIALECTS } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-schema-examples',
  scope: 'contract',
  meta: {
    description: 'Every item of an `examples` array in a schema outside message payloads is valid against its schema, and 3.x parameter examples are among its enum values.',
    why: 'Examples are copied into documentation, mocks and tests; one that breaks its schema spreads a shape the contract does not allow.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: { invalidExample: VALUE_MESSAGES.invalidExample, notInEnum: VALUE_MESSAGES.notInEnum },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    checkSchemaValues(contract, nodes, 'examples', (schema) => !schema.inPayload, report);
    checkParameterValues(nodes, 'examples', report);
  },
};
