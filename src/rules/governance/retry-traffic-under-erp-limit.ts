import { indexEstate } from '../../model/estate-index.js';
import { attemptsMultiplier } from '../../model/retry.js';
import type { RateLimit, System } from '../../model/types.js';
import { formatRate, parseRate } from '../../model/units.js';
import type { EstateRule, EstateRuleContext } from '../types.js';
import { workflowPeaks } from './helpers/peak-traffic.js';

function isApiWide(limit: RateLimit): boolean {
  return limit.scope === undefined || limit.scope === 'api';
}

/** Returns the worst-case calls per second under one ERP rate limit, with the parts that make it up. */
function worstCaseTraffic({ workspace }: EstateRuleContext, erp: System, limit: RateLimit): { total: number; parts: string[] } {
  const index = indexEstate(workspace.estate);
  const peaks = workflowPeaks(workspace.estate);
  let total = 0;
  const parts: string[] = [];
  for (const workflow of workspace.estate.workflows) {
    const peak = peaks.get(workflow.id);
    if (peak === undefined || peak === 0) continue;
    for (const step of workflow.steps) {
      // NOTE: a scoped limit is taken to count the calls made by the system it names.
      if (step.to !== erp.id || (!isApiWide(limit) && step.from !== limit.scope)) continue;
      const policy = step.retryPolicy === undefined ? undefined : index.retryPolicies.get(step.retryPolicy);
      const attempts = attemptsMultiplier(policy);
      total += peak * attempts;
      parts.push(`${formatRate(peak)} x ${attempts} attempt${attempts === 1 ? '' : 's'} on '${workflow.id}.${step.id}'`);
    }
  }
  return { total, parts };
}

export const rule: EstateRule = {
  id: 'retry-traffic-under-erp-limit',
  scope: 'estate',
  meta: {
    description: "Peak traffic times retry attempts, summed over the steps that call an ERP, stays within the ERP's rate limit.",
    why: 'During a promotion every failed ERP call comes back maxAttempts times, and retries alone push the ERP past its API limit into a retry storm.',
    category: 'capacity',
    defaultSeverity: 'error',
  },
  messages: {
    overLimit:
      "worst-case retry traffic to '{{system}}' at peak is {{total}} ({{breakdown}}), above its rate limit of {{limit}}; lower maxAttempts, add a rate limit on the caller, or raise the ERP limit",
    overScopedLimit:
      "worst-case retry traffic from '{{scope}}' to '{{system}}' at peak is {{total}} ({{breakdown}}), above the rate limit of {{limit}} for '{{scope}}'; lower maxAttempts, add a rate limit on the caller, or raise the ERP limit",
  },
  check(context) {
    const { workspace, report } = context;
    for (const system of workspace.estate.systems) {
      if (system.kind !== 'erp') continue;
      (system.rateLimits ?? []).forEach((limit, position) => {
        const perSecond = parseRate(limit.limit);
        if (perSecond === undefined) return;
        const { total, parts } = worstCaseTraffic(context, system, limit);
        if (total <= perSecond) return;
        report({
          messageId: isApiWide(limit) ? 'overLimit' : 'overScopedLimit',
          data: {
            system: system.id, scope: limit.scope ?? 'api', total: formatRate(total),
            breakdown: parts.join(' + '), limit: formatRate(perSecond),
          },
          location: workspace.locate(system, 'rateLimits', position, 'limit'),
        });
      });
    }
  },
};
