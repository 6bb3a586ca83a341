import { asyncApiNodes, isValidatableFormat } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-payload-unsupported-schemaFormat',
  scope: 'contract',
  meta: {
    description: 'Message payloads use a schema format that retailgov validates: the AsyncAPI Schema object or JSON Schema draft-07.',
    why: 'Payloads in Avro, Protobuf, RAML or OpenAPI schema formats are not checked by the payload, example and default rules, so mistakes there reach consumers unnoticed.',
    category: 'contracts',
    defaultSeverity: 'info',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    unsupportedFormat: "payload schema format '{{format}}' is not validated by retailgov; its schema, examples and defaults are not checked",
  },
  check({ contract, report }) {
    for (const message of asyncApiNodes(contract).messages) {
      const use = message.payload;
      if (use?.schemaFormat === undefined || use.schemaFormatNode === undefined || isValidatableFormat(use.schemaFormat)) continue;
      report({ messageId: 'unsupportedFormat', data: { format: use.schemaFormat }, location: at(use.schemaFormatNode) });
    }
  },
};
