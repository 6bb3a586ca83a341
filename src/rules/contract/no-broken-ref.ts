import type { ContractRule } from '../types.js';

export const rule: ContractRule = {
  id: 'no-broken-ref',
  scope: 'contract',
  meta: {
    description: 'Every $ref in a contract points to a file and node that exist.',
    why: 'Code generators, validators and gateways stop at a dangling reference, and every check of the schema behind it is skipped.',
    category: 'contracts',
    defaultSeverity: 'error',
  },
  messages: {
    brokenRef: '{{detail}}; point the $ref to an existing node or add the missing schema',
  },
  check({ contract, report }) {
    for (const unfollowed of contract.unfollowedRefs) {
      if (unfollowed.reason !== 'broken') continue;
      report({
        messageId: 'brokenRef',
        data: { detail: unfollowed.detail ?? `broken $ref '${unfollowed.ref}'` },
        location: { file: unfollowed.file, pointer: unfollowed.pointer },
      });
    }
  },
};
