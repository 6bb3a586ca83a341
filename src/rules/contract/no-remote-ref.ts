import type { ContractRule } from '../types.js';

export const rule: ContractRule = {
  id: 'no-remote-ref',
  scope: 'contract',
  meta: {
    description: 'Contracts reference only files inside the workspace, never a URL.',
    why: 'A schema behind a URL can change or disappear without a pull request, so the checks silently skip the part of the contract it describes.',
    category: 'contracts',
    defaultSeverity: 'warn',
  },
  messages: {
    remoteRef: "remote $ref '{{ref}}' was not fetched; retailgov never downloads references by default",
  },
  check({ contract, report }) {
    for (const unfollowed of contract.unfollowedRefs) {
      if (unfollowed.reason !== 'remote') continue;
      report({ messageId: 'remoteRef', data: { ref: unfollowed.ref }, location: { file: unfollowed.file, pointer: unfollowed.pointer } });
    }
  },
};
