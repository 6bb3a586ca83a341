import { asyncApiNodes, schemaFormatKind, type SchemaUse } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-headers-schema-type-object',
  scope: 'contract',
  meta: {
    description: "The `headers` schema of a message or message trait has `type: object`.",
    why: 'Message headers are always a map of names to values; a headers schema of another type, or without a type, lets any value through and generated consumers cannot read the headers they need, such as the correlation id.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingType: "headers schema has no 'type'; add type: object",
    wrongType: "headers schema has type {{type}}; headers are a map, so use type: object",
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    const uses: SchemaUse[] = [];
    for (const message of nodes.messages) if (message.headers !== undefined) uses.push(message.headers);
    for (const trait of nodes.messageTraits) if (trait.headers !== undefined) uses.push(trait.headers);

    for (const use of uses) {
      const schema = use.schema;
      if (schema === undefined || schemaFormatKind(use.schemaFormat) === 'other') continue;
      if (!isPlainObject(schema.value) || schema.value.type === undefined) {
        report({ messageId: 'missingType', location: at(schema) });
      } else if (schema.value.type !== 'object') {
        report({ messageId: 'wrongType', data: { type: JSON.stringify(schema.value.type) }, location: at(schema, 'type') });
      }
    }
  },
};
