import { openApiNodes, type OperationNode, type ParameterUse, type PathItemNode } from '../../contracts/nodes/openapi.js';
import type { ContractRule, ContractRuleContext } from '../types.js';
import { locationOf, pathKeys } from './helpers/openapi.js';

/** A template expression such as `{orderId}`. RFC 6570 modifiers, as in `{;id}` or `{id*}`, are stripped from the name. */
const TEMPLATE = /\{([^{}/]+)\}/g;

export const rule: ContractRule = {
  id: 'path-params',
  scope: 'contract',
  meta: {
    description: 'Path templates and path parameters match: each template name is defined once, required, and used.',
    why: 'A path parameter that is missing, unused or optional makes generated clients build wrong URLs, and two equivalent templates route the same request to two handlers.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
  },
  messages: {
    equivalentPaths: "path '{{path}}' is equivalent to '{{other}}' apart from parameter names; merge them into one path",
    repeatedName: "path '{{path}}' uses parameter '{{name}}' more than once; give each template expression its own name",
    notRequired: "path parameter '{{name}}' must have required: true",
    definedTwice: "path parameter '{{name}}' is defined more than once in the same list; keep one definition",
    unused: "path parameter '{{name}}' is not used in path '{{path}}'; remove it or add {{{name}}} to the path",
    undefinedParameter: "{{method}} {{path}} does not define path parameter '{{name}}'; add a parameter with in: path and name: {{name}}",
  },
  check({ contract, report }) {
    const nodes = openApiNodes(contract);

    const shapes = new Map<string, string>();
    for (const { key, location } of pathKeys(nodes)) {
      const shape = key.replace(TEMPLATE, '{}');
      const other = shapes.get(shape);
      if (other === undefined) shapes.set(shape, key);
      else report({ messageId: 'equivalentPaths', data: { path: key, other }, location });
      const names = new Set<string>();
      for (const name of templateNames(key)) {
        if (names.has(name)) report({ messageId: 'repeatedName', data: { path: key, name }, location });
        names.add(name);
      }
    }

    const operationsByPathItem = new Map<PathItemNode, OperationNode[]>();
    for (const operation of nodes.operations) {
      const list = operationsByPathItem.get(operation.pathItem) ?? [];
      list.push(operation);
      operationsByPathItem.set(operation.pathItem, list);
    }

    for (const pathItem of nodes.pathItems) {
      if (pathItem.location !== 'paths') continue;
      const expected = new Set(templateNames(pathItem.key));
      const pathLevel = checkList(pathItem.parameters, report);
      for (const operation of operationsByPathItem.get(pathItem) ?? []) {
        const defined = new Map([...pathLevel, ...checkList(operation.parameters, report)]);
        for (const [name, use] of defined) {
          if (!expected.has(name)) report({ messageId: 'unused', data: { name, path: pathItem.key }, location: locationOf(use.entry) });
        }
        for (const name of expected) {
          if (defined.has(name)) continue;
          report({
            messageId: 'undefinedParameter',
            data: { name, method: operation.method.toUpperCase(), path: pathItem.key },
            location: locationOf(operation.node),
          });
        }
      }
    }
  },
};

function templateNames(path: string): string[] {
  return [...path.matchAll(TEMPLATE)].map((match) => match[1].replace(/[;?*]/g, ''));
}

/**
 * Returns the path parameters of one `parameters` list by name, and reports the ones that are
 * not required or that repeat a name. Operation lists override path-level ones by name.
 */
function checkList(uses: ParameterUse[], report: ContractRuleContext['report']): Map<string, ParameterUse> {
  const byName = new Map<string, ParameterUse>();
  for (const use of uses) {
    const parameter = use.definition;
    if (parameter === undefined || parameter.value.in !== 'path' || parameter.value.name === undefined) continue;
    const name = String(parameter.value.name);
    if (parameter.value.required !== true) report({ messageId: 'notRequired', data: { name }, location: locationOf(parameter) });
    if (byName.has(name)) {
      report({ messageId: 'definedTwice', data: { name }, location: locationOf(use.entry) });
      continue;
    }
    byName.set(name, use);
  }
  return byName;
}
