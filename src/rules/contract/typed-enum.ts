import { openApiNodes } from '../../contracts/nodes/openapi.js';
import { printValue } from '../../contracts/validation/error-text.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';
import { ignoresRefSiblings, schemaLikeNodes } from './helpers/schema-like.js';

const JSON_TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);

export const rule: ContractRule = {
  id: 'typed-enum',
  scope: 'contract',
  meta: {
    description: 'Every value of an enum has the type that the schema declares.',
    why: 'A value of the wrong type can never be sent or received, so clients that switch on the enum handle a case that does not exist and miss the real one.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    wrongType: 'enum value {{value}} is not of type {{type}}; change the value or the schema type',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    for (const node of schemaLikeNodes(nodes)) {
      const { enum: values, type } = node.value;
      if (!Array.isArray(values) || ignoresRefSiblings(nodes, node)) continue;
      const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
      // Without a type, or with one that is not a JSON type (2.0 `file`), nothing can be compared.
      if (types === undefined || types.length === 0 || !types.every((name) => typeof name === 'string' && JSON_TYPES.has(name))) continue;
      const nullable = (nodes.dialect === 'oas3_0' && node.value.nullable === true) || (nodes.dialect === 'oas2' && node.value['x-nullable'] === true);
      const allowed = nullable ? [...types, 'null'] : types;
      values.forEach((value, i) => {
        if (allowed.some((name) => hasType(value, name))) return;
        report({ messageId: 'wrongType', data: { value: printValue(value), type: types.join(' or ') }, location: locationOf(node, 'enum', i) });
      });
    }
  },
};

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    default: return typeof value === type;
  }
}
