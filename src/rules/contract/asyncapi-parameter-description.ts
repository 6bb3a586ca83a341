import { asyncApiNodes } from '../../contracts/nodes/asyncapi.js';
import type { ContractRule } from '../types.js';
import { ASYNCAPI_DIALECTS, at, isFilled } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-parameter-description',
  scope: 'contract',
  meta: {
    description: 'Every channel parameter has a non-empty `description`.',
    why: 'A parameter fills part of a topic name; without a description consumers cannot tell whether it is a store number, a marketplace id or a region, and subscribe to the wrong topics.',
    category: 'contracts',
    defaultSeverity: 'warn',
    recommended: false,
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    missingDescription: "parameter '{{name}}' has no description; say what the value identifies and which values occur",
  },
  check({ contract, report }) {
    for (const parameter of asyncApiNodes(contract).parameters) {
      if (isFilled(parameter.node.value.description)) continue;
      report({ messageId: 'missingDescription', data: { name: parameter.name }, location: at(parameter.node) });
    }
  },
};
