import { openApiNodes } from '../../contracts/nodes/openapi.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';

export const rule: ContractRule = {
  id: 'oas2-discriminator',
  scope: 'contract',
  meta: {
    description: 'An OpenAPI 2.0 discriminator names a property that the definition declares and requires.',
    why: 'Clients pick the subtype by the discriminator value; if the property may be missing, a payload cannot be deserialised to any subtype.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas2'],
  },
  messages: {
    notDefined: "discriminator '{{property}}' of definition '{{name}}' is not one of its properties; declare the property",
    notRequired: "discriminator '{{property}}' of definition '{{name}}' is not required; add it to required",
  },
  check({ contract, report }) {
    for (const { node, component } of openApiNodes(contract).schemas) {
      const property = node.value.discriminator;
      if (component === undefined || typeof property !== 'string') continue;
      const properties = node.value.properties;
      if (typeof properties !== 'object' || properties === null || !Object.hasOwn(properties, property)) {
        report({ messageId: 'notDefined', data: { property, name: component }, location: locationOf(node, 'properties') });
      }
      const required = node.value.required;
      if (!Array.isArray(required) || !required.includes(property)) {
        report({ messageId: 'notRequired', data: { property, name: component }, location: locationOf(node, 'required') });
      }
    }
  },
};
