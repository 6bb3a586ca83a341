import { remoteUrlOf } from '../../contracts/remote/policy.js';
import type { UnfollowedRef } from '../../contracts/types.js';
import type { ContractRule } from '../types.js';

/** Message id for each reason a remote reference was not followed. */
const MESSAGE_IDS: Record<NonNullable<UnfollowedRef['problem']>, string> = {
  'unsupported-scheme': 'unsupportedScheme',
  'insecure-http': 'insecureHttp',
  timeout: 'fetchTimedOut',
  'too-large': 'fetchTooLarge',
  redirect: 'fetchRedirected',
  'fetch-failed': 'fetchFailed',
};

export const rule: ContractRule = {
  id: 'no-remote-ref',
  scope: 'contract',
  meta: {
    description: 'Contracts reference only files inside the workspace, or URLs on hosts the run allows and can fetch.',
    why: 'A schema behind a URL can change or disappear without a pull request, so the checks silently skip the part of the contract it describes.',
    category: 'contracts',
    defaultSeverity: 'warn',
  },
  messages: {
    remoteRef: "remote $ref '{{ref}}' was not fetched: host {{host}} is not allowed (allow it with --allow-remote-ref {{host}} or the allowRemoteRefs configuration key)",
    unsupportedScheme: "remote $ref '{{ref}}' was not fetched: retailgov fetches only https URLs, and plain http from loopback hosts",
    insecureHttp: "remote $ref '{{ref}}' was not fetched: plain http is fetched only from loopback hosts; use an https URL",
    fetchTimedOut: "remote $ref '{{ref}}' was not fetched: {{detail}}; raise --remote-ref-timeout if the server is slow",
    fetchTooLarge: "remote $ref '{{ref}}' was not fetched: {{detail}}; raise --remote-ref-max-size or copy the document into the workspace",
    fetchRedirected: "remote $ref '{{ref}}' was not fetched: {{detail}}; point the $ref to the final URL",
    fetchFailed: "remote $ref '{{ref}}' was not fetched: {{detail}}",
  },
  check({ contract, report }) {
    for (const unfollowed of contract.unfollowedRefs) {
      if (unfollowed.reason !== 'remote') continue;
      const location = { file: unfollowed.file, pointer: unfollowed.pointer };
      if (unfollowed.problem !== undefined) {
        report({ messageId: MESSAGE_IDS[unfollowed.problem], data: { ref: unfollowed.ref, detail: unfollowed.detail ?? '' }, location });
        continue;
      }
      const host = remoteUrlOf(unfollowed.ref)?.hostname ?? unfollowed.ref;
      report({ messageId: 'remoteRef', data: { ref: unfollowed.ref, host }, location });
    }
  },
};
