import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { checkParameterValues, checkSchemaValues, VALUE_MESSAGES } from './asyncapi/schema-values.js';
import { ASYNCAPI_DIALECTS } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-schema-default',
  scope: 'contract',
  meta: {
    description: 'Every `default` in a schema outside message payloads (components, headers, parameters) is valid against its schema, and a 3.x parameter default is one of its enum values.',
    why: 'A default is the value a consumer assumes when the field is absent; one that breaks its own schema makes an otherwise valid message invalid.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: { invalidDefault: VALUE_MESSAGES.invalidDefault, notInEnum: VALUE_MESSAGES.notInEnum },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    checkSchemaValues(contract, nodes, 'default', (schema) => !schema.inPayload, report);
    checkParameterValues(nodes, 'default', report);
  },
};
