import { openApiNodes, type ObjectNode } from '../../contracts/nodes/openapi.js';
import { child } from '../../contracts/refs.js';
import { printValue } from '../../contracts/validation/error-text.js';
import type { ContractRule } from '../types.js';
import { locationOf } from './helpers/openapi.js';
import { schemaLikeNodes } from './helpers/schema-like.js';

export const rule: ContractRule = {
  id: 'duplicated-entry-in-enum',
  scope: 'contract',
  meta: {
    description: 'No enum lists the same value twice.',
    why: 'A repeated value is usually a typo for a missing one, and code generators emit duplicate constants that do not compile.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    duplicate: 'enum value {{value}} repeats entry {{first}}; remove the duplicate or correct the value',
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);
    const enumHolders: ObjectNode[] = [...schemaLikeNodes(nodes)];
    // Server variables have an enum of their own.
    for (const server of nodes.servers) {
      const variables = child(server.node, 'variables');
      if (!isObject(variables.value)) continue;
      for (const name of Object.keys(variables.value)) {
        const variable = child(variables, name);
        if (isObject(variable.value)) enumHolders.push(variable as ObjectNode);
      }
    }
    for (const node of enumHolders) {
      const values = node.value.enum;
      if (!Array.isArray(values)) continue;
      const firstIndex = new Map<string, number>();
      values.forEach((value, i) => {
        const key = canonicalJson(value);
        const first = firstIndex.get(key);
        if (first === undefined) firstIndex.set(key, i);
        else report({ messageId: 'duplicate', data: { value: printValue(value), first }, location: locationOf(node, 'enum', i) });
      });
    }
  },
};

/** Serializes a value with sorted object keys, so equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
