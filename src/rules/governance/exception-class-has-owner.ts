import type { EstateRule } from '../types.js';

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

export const rule: EstateRule = {
  id: 'exception-class-has-owner',
  scope: 'estate',
  meta: {
    description: 'Every exception class has an owner team, a business impact and a replay rule.',
    why: 'A dead-lettered order or refund that no team owns, whose cost nobody stated and whose replay nobody defined waits in the queue until a customer complains.',
    category: 'resilience',
    defaultSeverity: 'error',
  },
  messages: {
    missingOwner:
      "exception class '{{exceptionClass}}' has no owner; add `owner` with the id of the team that handles its dead letters",
    missingBusinessImpact:
      "exception class '{{exceptionClass}}' states no business impact; add `businessImpact` saying what a dead letter of this class costs, for example an unshipped order",
    missingReplay:
      "exception class '{{exceptionClass}}' has no replay rule; add `replay` with mode automatic, manual or never",
  },
  check({ workspace, report }) {
    for (const exceptionClass of workspace.estate.deadLetter.exceptionClasses) {
      const data = { exceptionClass: exceptionClass.id };
      if (isBlank(exceptionClass.owner)) {
        report({ messageId: 'missingOwner', data, location: workspace.locate(exceptionClass) });
      }
      if (isBlank(exceptionClass.businessImpact)) {
        report({ messageId: 'missingBusinessImpact', data, location: workspace.locate(exceptionClass) });
      }
      if (exceptionClass.replay === undefined) {
        report({ messageId: 'missingReplay', data, location: workspace.locate(exceptionClass) });
      }
    }
  },
};
