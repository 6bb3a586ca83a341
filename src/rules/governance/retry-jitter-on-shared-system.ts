import { indexEstate } from '../../model/estate-index.js';
import type { EstateRule } from '../types.js';

/** Calling systems per target system, over the steps that use one retry policy. */
type CallersByTarget = Map<string, Set<string>>;

export const rule: EstateRule = {
  id: 'retry-jitter-on-shared-system',
  scope: 'estate',
  meta: {
    description: 'A retry policy used towards an ERP, or by steps from two or more systems towards the same target, has jitter.',
    why: 'Callers that retry on the same fixed schedule hit a recovering ERP in synchronised waves and knock it over again.',
    category: 'resilience',
    defaultSeverity: 'warn',
  },
  messages: {
    sharedTarget:
      "retry policy '{{policy}}' has jitter none but is used by steps from {{callers}} towards '{{target}}', whose retries then arrive in synchronised waves; set jitter to full, equal or decorrelated",
    erpTarget:
      "retry policy '{{policy}}' has jitter none but is used towards ERP '{{target}}', whose recovery is then met by synchronised retries; set jitter to full, equal or decorrelated",
  },
  check({ workspace, report }) {
    const index = indexEstate(workspace.estate);
    const usage = new Map<string, CallersByTarget>();
    for (const workflow of workspace.estate.workflows) {
      for (const step of workflow.steps) {
        if (step.retryPolicy === undefined) continue;
        const byTarget = usage.get(step.retryPolicy) ?? new Map<string, Set<string>>();
        usage.set(step.retryPolicy, byTarget);
        const callers = byTarget.get(step.to) ?? new Set<string>();
        byTarget.set(step.to, callers);
        callers.add(step.from);
      }
    }

    for (const policy of workspace.estate.retryPolicies) {
      if (policy.jitter !== 'none') continue;
      for (const [target, callers] of usage.get(policy.id) ?? []) {
        const location = workspace.locate(policy, 'jitter');
        if (index.systems.get(target)?.kind === 'erp') {
          report({ messageId: 'erpTarget', data: { policy: policy.id, target }, location });
        } else if (callers.size >= 2) {
          const names = [...callers].sort().map((caller) => `'${caller}'`).join(', ');
          report({ messageId: 'sharedTarget', data: { policy: policy.id, target, callers: names }, location });
        }
      }
    }
  },
};
