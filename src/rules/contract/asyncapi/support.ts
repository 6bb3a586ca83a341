/** Helpers shared by the AsyncAPI contract rules. */
import type { AsyncApiNodes, ChannelNode, ServerNode } from '../../../contracts/nodes/asyncapi.js';
import type { Resolved } from '../../../contracts/types.js';
import type { DescribedError } from '../../../contracts/validation/error-text.js';
import type { Location } from '../../../findings.js';
import type { ContractDialect, Report } from '../../types.js';

/** Both AsyncAPI dialects, for rules that apply to 2.x and 3.x alike. */
export const ASYNCAPI_DIALECTS: readonly ContractDialect[] = ['asyncapi2', 'asyncapi3'];

/** Returns whether a member is present and not empty: Spectral's `truthy`, except that a blank string is empty too. */
export function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && value !== null && value !== false && value !== 0;
}

/** Returns the location of a node, optionally extended by member names. */
export function at(node: Resolved, ...members: Array<string | number>): Location {
  const suffix = members.map((member) => `/${String(member).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  return { file: node.file.path, pointer: node.pointer + suffix };
}

/** Lists the `{name}` expressions of a channel address or server URL, in order. */
export function templateVariables(text: string): string[] {
  return [...text.matchAll(/\{(.+?)\}/g)].map((match) => match[1]);
}

/**
 * Returns the address of a channel and where it is written: the key in 2.x, the `address` member
 * in 3.x. 2.x component channels are left out, since their keys are names rather than addresses.
 */
export function channelAddress(nodes: AsyncApiNodes, channel: ChannelNode): { address: string; location: Location } | undefined {
  if (channel.address === undefined) return undefined;
  if (nodes.dialect === 'asyncapi2') return channel.component ? undefined : { address: channel.address, location: at(channel.node) };
  return { address: channel.address, location: at(channel.node, 'address') };
}

/**
 * Reports each schema problem of a value written at `value`, pointing inside the value. The data
 * carries `problem` (what is wrong) and `where` (` at /path` inside the value, or empty).
 */
export function reportProblems(
  report: (report: Report) => void,
  messageId: string,
  value: Resolved,
  problems: readonly DescribedError[],
  data: Record<string, string | number> = {},
): void {
  for (const problem of problems) {
    const where = problem.pointer === '' ? '' : ` at ${problem.pointer}`;
    report({ messageId, data: { ...data, problem: problem.text, where }, location: { file: value.file.path, pointer: value.pointer + problem.pointer } });
  }
}

/**
 * Names the offending member of a document schema problem by its path in the validated document,
 * since a finding's position shows only where the value is written.
 */
export function describeProblem(problem: { path: string; text: string }): string {
  return problem.path === '' ? `the document ${problem.text}` : `${problem.path} ${problem.text}`;
}

/** Returns the members of a server that make up its address: `url` in 2.x, `host` and `pathname` in 3.x, with their values. */
export function serverAddress(nodes: AsyncApiNodes, server: ServerNode): Array<{ member: string; value: string }> {
  const members = nodes.dialect === 'asyncapi2' ? ['url'] : ['host', 'pathname'];
  return members
    .map((member) => ({ member, value: server.node.value[member] }))
    .filter((part): part is { member: string; value: string } => typeof part.value === 'string');
}
