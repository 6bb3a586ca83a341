import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { checkSchemaValues, VALUE_MESSAGES } from './asyncapi/schema-values.js';
import { ASYNCAPI_DIALECTS } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-payload-default',
  scope: 'contract',
  meta: {
    description: 'Every `default` in a message payload schema is valid against the schema it is written in.',
    why: 'Consumers and generated code fill in a default when a field is missing; a default that breaks its own schema turns an absent field into an invalid message.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: { invalidDefault: VALUE_MESSAGES.invalidDefault },
  check({ contract, report }) {
    checkSchemaValues(contract, asyncApiNodes(contract), 'default', (schema) => schema.inPayload, report);
  },
};
