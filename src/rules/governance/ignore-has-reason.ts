import { forEachIgnore, IGNORE_RULE_ID, parseIgnore } from '../../suppress/inline.js';
import type { FileRule } from '../types.js';

export const rule: FileRule = {
  id: IGNORE_RULE_ID,
  scope: 'file',
  meta: {
    description: 'Every x-retailgov-ignore entry names a rule and gives the reason the finding is accepted.',
    why: 'A suppression without a reason cannot be reviewed: nobody can later tell an accepted risk from a finding someone wanted gone before a release.',
    category: 'change-control',
    defaultSeverity: 'error',
  },
  messages: {
    missingReason: "the ignore entry for rule '{{rule}}' gives no reason, so it suppresses nothing; add a reason that says why the finding is accepted",
    invalidEntry: 'this x-retailgov-ignore entry suppresses nothing; write it as {rule: RULE-ID, reason: TEXT}',
    invalidValue: 'x-retailgov-ignore suppresses nothing; write a list of {rule: RULE-ID, reason: TEXT} entries or a map from rule id to reason',
  },
  check({ file, report }) {
    forEachIgnore(file.data, (value, pointer) => {
      for (const problem of parseIgnore(value, pointer).problems) {
        const data: Record<string, string> = problem.rule === undefined ? {} : { rule: problem.rule };
        report({ messageId: problem.messageId, data, location: { file: file.path, pointer: problem.pointer } });
      }
    });
  },
};
