import { openApiNodes, type ObjectNode } from '../../contracts/nodes/openapi.js';
import type { ContractRule, ContractRuleContext } from '../types.js';
import { locationOf } from './helpers/openapi.js';

/** Upper bound on the URLs built from combinations of variable values, so large enums stay fast. */
const MAX_SUBSTITUTIONS = 1000;
/** Invalid URLs quoted in one message. */
const MAX_QUOTED = 5;

export const rule: ContractRule = {
  id: 'oas3-server-variables',
  scope: 'contract',
  meta: {
    description: 'Server URL variables are each declared, used, given a default within their enum, and produce valid URLs.',
    why: 'Clients build the base URL from the variables; an undeclared, unused or invalid variable gives them a URL that does not reach the API.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ['oas3_0', 'oas3_1'],
  },
  messages: {
    undefinedVariable: "server URL '{{url}}' uses variable '{{name}}', which variables does not declare; declare it with a default",
    unusedVariable: "server variable '{{name}}' is not used in URL '{{url}}'; remove it or use {{{name}}} in the URL",
    missingDefault: "server variable '{{name}}' has no default; add the value clients use when they do not choose one",
    defaultNotInEnum: "default '{{value}}' of server variable '{{name}}' is not in its enum; add it to the enum or change the default",
    invalidUrl: "server URL '{{url}}' gives invalid URLs with its variable values, for example {{examples}}; correct the URL or the values",
  },
  check({ contract, report }) {
    for (const { node } of openApiNodes(contract).servers) checkServer(node, report);
  },
};

function checkServer(server: ObjectNode, report: ContractRuleContext['report']): void {
  const url = server.value.url;
  if (typeof url !== 'string') return;
  const used = [...new Set([...url.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]))];
  const variables = isObject(server.value.variables) ? server.value.variables : {};

  for (const name of Object.keys(variables)) {
    if (!used.includes(name)) report({ messageId: 'unusedVariable', data: { name, url }, location: locationOf(server, 'variables', name) });
  }
  const undefinedNames = used.filter((name) => !Object.hasOwn(variables, name));
  for (const name of undefinedNames) {
    report({ messageId: 'undefinedVariable', data: { name, url }, location: locationOf(server, ...(server.value.variables === undefined ? ['url'] : ['variables'])) });
  }

  const choices: Array<[string, string[]]> = [];
  for (const name of used) {
    const variable = variables[name];
    if (!isObject(variable)) continue;
    const values = Array.isArray(variable.enum) ? variable.enum.filter((value): value is string => typeof value === 'string') : [];
    if (variable.default === undefined) {
      report({ messageId: 'missingDefault', data: { name }, location: locationOf(server, 'variables', name) });
    } else if (Array.isArray(variable.enum) && !variable.enum.includes(variable.default)) {
      report({ messageId: 'defaultNotInEnum', data: { name, value: String(variable.default) }, location: locationOf(server, 'variables', name, 'default') });
    }
    if (values.length === 0 && typeof variable.default === 'string') values.push(variable.default);
    choices.push([name, values]);
  }
  if (undefinedNames.length > 0 || choices.length === 0) return;

  const invalid = invalidSubstitutions(url, choices);
  if (invalid.length > 0) {
    report({ messageId: 'invalidUrl', data: { url, examples: invalid.map((value) => `'${value}'`).join(', ') }, location: locationOf(server, 'variables') });
  }
}

/** Substitutes every combination of variable values into `url` and returns up to MAX_QUOTED invalid results. */
function invalidSubstitutions(url: string, choices: Array<[string, string[]]>): string[] {
  const invalid: string[] = [];
  let candidates = [url];
  for (const [name, values] of choices) {
    if (values.length === 0) continue;
    const next: string[] = [];
    for (const candidate of candidates) {
      for (const value of values) {
        if (next.length >= MAX_SUBSTITUTIONS) break;
        next.push(candidate.split(`{${name}}`).join(encodeURI(value)));
      }
    }
    candidates = next;
  }
  for (const candidate of candidates) {
    if (isValidServerUrl(candidate)) continue;
    invalid.push(candidate);
    if (invalid.length === MAX_QUOTED) break;
  }
  return invalid;
}

/** Server URLs may be relative to the document, so a URL without a scheme is read against a placeholder base. */
function isValidServerUrl(candidate: string): boolean {
  const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(candidate);
  try {
    new URL(candidate, isAbsolute ? undefined : 'https://server.invalid/');
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
