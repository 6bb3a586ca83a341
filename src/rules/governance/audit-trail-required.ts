import type { Estate, ObjectKind, Workflow } from '../../model/types.js';
import type { EstateRule } from '../types.js';
import { workflowObjectKind } from './helpers/object-kind.js';

/** Objects whose every change finance and auditors must be able to trace. */
const AUDITED_KINDS: readonly ObjectKind[] = ['return', 'refund', 'financial-posting'];
/** Writes that move money or post to the ledger. */
const AUDITED_WRITES: readonly string[] = ['refund', 'financial-posting'];

/** Returns why a workflow needs an audit trail, or undefined when it does not. */
function auditReason(workflow: Workflow, estate: Estate): string | undefined {
  const kind = workflowObjectKind(workflow, estate);
  if (kind !== undefined && AUDITED_KINDS.includes(kind)) return `its object '${workflow.object}' is a ${kind}`;
  const step = workflow.steps.find((candidate) => candidate.writes !== undefined && AUDITED_WRITES.includes(candidate.writes));
  return step === undefined ? undefined : `step '${step.id}' writes ${step.writes}`;
}

export const rule: EstateRule = {
  id: 'audit-trail-required',
  scope: 'estate',
  meta: {
    description: 'Workflows on returns, refunds and financial postings, or that write refunds or postings, require an audit trail with records.',
    why: 'A refund or ledger posting that leaves no audit trail cannot be matched to its return or explained to auditors, and money leaks unnoticed.',
    category: 'resilience',
    defaultSeverity: 'error',
  },
  messages: {
    notRequired:
      "workflow '{{workflow}}' must leave an audit trail because {{reason}}; set `audit.required: true` and list what it records under `audit.records`",
    noRecords:
      "workflow '{{workflow}}' requires an audit trail but lists no records; list what it records under `audit.records`, for example return id, refund amount and approver",
  },
  check({ workspace, report }) {
    for (const workflow of workspace.estate.workflows) {
      const reason = auditReason(workflow, workspace.estate);
      if (reason === undefined) continue;
      const audit = workflow.audit;
      if (audit?.required !== true) {
        const location = audit === undefined ? workspace.locate(workflow) : workspace.locate(audit, 'required');
        report({ messageId: 'notRequired', data: { workflow: workflow.id, reason }, location });
      } else if ((audit.records ?? []).length === 0) {
        report({ messageId: 'noRecords', data: { workflow: workflow.id }, location: workspace.locate(audit) });
      }
    }
  },
};
