/** The check shared by asyncapi-server-security and asyncapi-operation-security. */
import type { AsyncApiNodes, SecurityListNode } from '../../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../../contracts/openapi-index.js';
import { isRefObject, isRemoteRef } from '../../../contracts/refs.js';
import type { Contract } from '../../../contracts/types.js';
import { InputError } from '../../../errors.js';
import type { Report } from '../../types.js';
import { at } from './support.js';

export const SECURITY_MESSAGES = {
  undefinedScheme: "{{owner}} security names scheme '{{name}}', which is not defined under components.securitySchemes; define the scheme or correct the name",
  undefinedScope: "scope '{{scope}}' is not offered by the flows of security scheme '{{name}}' (available: {{available}}); use an offered scope or add it to the flows",
  notSchemeReference: "{{owner}} security entry refers to '{{ref}}', which is not an entry of components.securitySchemes; point it to a security scheme",
};

const OAUTH2_FLOWS = ['implicit', 'password', 'clientCredentials', 'authorizationCode'];

/**
 * Checks the security requirements of servers or operations. In 2.x a requirement maps scheme
 * names to scopes. In 3.x it is a Security Scheme object, usually a `$ref` to one, whose `scopes`
 * lists the scopes it needs.
 */
export function checkSecurity(contract: Contract, nodes: AsyncApiNodes, owners: ReadonlyArray<SecurityListNode['owner']>, report: (report: Report) => void): void {
  const owner = owners[0];
  for (const list of nodes.securityLists) {
    if (!owners.includes(list.owner)) continue;
    list.entries.forEach((entry, index) => {
      if (nodes.dialect === 'asyncapi2') {
        checkRequirementV2(nodes, owner, entry.written.value, index, list, report);
        return;
      }
      const ref = isRefObject(entry.written.value) ? entry.written.value.$ref : undefined;
      if (ref !== undefined && !isSchemeReference(contract, ref, list, index)) {
        report({ messageId: 'notSchemeReference', data: { owner, ref }, location: at(list.node, index) });
        return;
      }
      const scheme = entry.scheme;
      if (scheme === undefined || scheme.value.type !== 'oauth2' || !Array.isArray(scheme.value.scopes)) return;
      const available = availableScopes(scheme.value.flows, 'availableScopes');
      const name = ref?.split('/').pop() ?? String(index);
      scheme.value.scopes.forEach((scope, position) => {
        if (typeof scope === 'string' && !available.includes(scope)) {
          report({ messageId: 'undefinedScope', data: { scope, name, available: available.join(', ') || 'none' }, location: at(scheme, 'scopes', position) });
        }
      });
    });
  }
}

function checkRequirementV2(nodes: AsyncApiNodes, owner: string, requirement: unknown, index: number, list: SecurityListNode, report: (report: Report) => void): void {
  if (!isPlainObject(requirement)) return;
  for (const [name, scopes] of Object.entries(requirement)) {
    const scheme = nodes.securitySchemes.find((candidate) => candidate.name === name);
    if (scheme === undefined) {
      report({ messageId: 'undefinedScheme', data: { owner, name }, location: at(list.node, index, name) });
      continue;
    }
    if (scheme.node.value.type !== 'oauth2' || !Array.isArray(scopes)) continue;
    const available = availableScopes(scheme.node.value.flows, 'scopes');
    scopes.forEach((scope, position) => {
      if (typeof scope === 'string' && !available.includes(scope)) {
        report({ messageId: 'undefinedScope', data: { scope, name, available: available.join(', ') || 'none' }, location: at(list.node, index, name, position) });
      }
    });
  }
}

/** Lists the scope names that the OAuth 2 flows offer: `scopes` in 2.x, `availableScopes` in 3.x. */
function availableScopes(flows: unknown, member: 'scopes' | 'availableScopes'): string[] {
  if (!isPlainObject(flows)) return [];
  const scopes = new Set<string>();
  for (const flowName of OAUTH2_FLOWS) {
    const flow = flows[flowName];
    const offered = isPlainObject(flow) ? flow[member] : undefined;
    if (isPlainObject(offered)) for (const scope of Object.keys(offered)) scopes.add(scope);
  }
  return [...scopes];
}

/** Returns whether a 3.x security `$ref` leads to `components.securitySchemes`; broken and remote ones are left to other rules. */
function isSchemeReference(contract: Contract, ref: string, list: SecurityListNode, index: number): boolean {
  if (isRemoteRef(ref)) return true;
  let target;
  try {
    target = contract.resolve(ref, list.node.file, `${list.node.pointer}/${index}/$ref`);
  } catch (error) {
    if (error instanceof InputError) return true;
    throw error;
  }
  if (target.value === undefined) return true;
  return target.file === contract.source && /^\/components\/securitySchemes\/[^/]+$/.test(target.pointer);
}
