import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { checkSchemaValues, VALUE_MESSAGES } from './asyncapi/schema-values.js';
import { ASYNCAPI_DIALECTS } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-payload-examples',
  scope: 'contract',
  meta: {
    description: 'Every item of an `examples` array in a message payload schema is valid against the schema it is written in.',
    why: 'Schema examples end up in documentation, mocks and test data; an example that breaks its schema teaches consumers a payload the producer never sends.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: { invalidExample: VALUE_MESSAGES.invalidExample },
  check({ contract, report }) {
    checkSchemaValues(contract, asyncApiNodes(contract), 'examples', (schema) => schema.inPayload, report);
  },
};
