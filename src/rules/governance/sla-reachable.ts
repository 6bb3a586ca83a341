import { indexEstate } from '../../model/estate-index.js';
import { retryBudget } from '../../model/retry.js';
import type { Sla, Workflow, WorkflowStep } from '../../model/types.js';
import { formatDuration } from '../../model/units.js';
import type { EstateRule, EstateRuleContext } from '../types.js';
import { LATENCY_KEYS, slaTargets } from './helpers/percentiles.js';
import { nominalLatency, sumAtPercentile } from './helpers/step-latency.js';
import { workflowSlas } from './helpers/workflow-slas.js';

/** Reports each percentile target that the summed step latencies exceed. */
function checkPercentiles({ workspace, report }: EstateRuleContext, workflow: Workflow, sla: Sla): void {
  const targets = slaTargets(sla.targets);
  for (const key of LATENCY_KEYS) {
    const target = targets.find((value) => value.key === key);
    const sum = sumAtPercentile(workflow, key);
    if (target === undefined || sum === undefined || sum.milliseconds <= target.milliseconds) continue;
    report({
      messageId: 'percentileOverTarget',
      data: {
        workflow: workflow.id, sla: sla.id, key,
        sum: formatDuration(sum.milliseconds), breakdown: sum.breakdown, target: formatDuration(target.milliseconds),
      },
      location: workspace.locate(sla, 'targets', key),
    });
  }
}

/**
 * Reports when the workflow misses its largest target while its slowest retrying step exhausts its
 * retries: that step takes its whole retry budget and every other step its nominal latency.
 */
function checkRetryBudget({ workspace, report }: EstateRuleContext, workflow: Workflow, sla: Sla): void {
  const targets = slaTargets(sla.targets);
  if (targets.length === 0) return;
  const largest = targets.reduce((a, b) => (b.milliseconds >= a.milliseconds ? b : a));
  const index = indexEstate(workspace.estate);
  const nominalPath = workflow.steps.reduce((total, step) => total + nominalLatency(step), 0);

  let worst: { step: WorkflowStep; policy: string; total: number; budget: number } | undefined;
  for (const step of workflow.steps) {
    const policy = step.retryPolicy === undefined ? undefined : index.retryPolicies.get(step.retryPolicy);
    const budget = policy === undefined ? undefined : retryBudget(policy);
    if (policy === undefined || budget === undefined) continue;
    const total = nominalPath - nominalLatency(step) + budget.total;
    if (worst === undefined || total > worst.total) worst = { step, policy: policy.id, total, budget: budget.total };
  }
  if (worst === undefined || worst.total <= largest.milliseconds) return;

  report({
    messageId: 'retryBudgetOverTarget',
    data: {
      workflow: workflow.id, step: worst.step.id, policy: worst.policy, sla: sla.id, key: largest.key,
      total: formatDuration(worst.total), budget: formatDuration(worst.budget),
      rest: formatDuration(worst.total - worst.budget), target: formatDuration(largest.milliseconds),
    },
    location: workspace.locate(worst.step, 'retryPolicy'),
  });
}

export const rule: EstateRule = {
  id: 'sla-reachable',
  scope: 'estate',
  meta: {
    description: "A workflow's declared step latencies, and its slowest step's worst-case retries, fit within its SLA targets.",
    why: 'An SLA that the declared steps and retries cannot meet is broken on paper before peak trading starts, and order posting or refunds run late on the first ERP slowdown.',
    category: 'sla',
    defaultSeverity: 'error',
  },
  messages: {
    percentileOverTarget:
      "the steps of workflow '{{workflow}}' add up to {{sum}} at {{key}} ({{breakdown}}), above the {{key}} target of {{target}} in SLA '{{sla}}'; make the slow steps faster, take them off the path, or relax the target",
    retryBudgetOverTarget:
      "workflow '{{workflow}}' can take {{total}} when step '{{step}}' exhausts retry policy '{{policy}}' ({{budget}} of timeouts and waits, plus {{rest}} for the other steps), above the {{key}} target of {{target}} in SLA '{{sla}}'; lower maxAttempts, timeout or maxInterval of '{{policy}}', or relax the target",
  },
  check(context) {
    for (const workflow of context.workspace.estate.workflows) {
      for (const sla of workflowSlas(workflow, context.workspace.estate)) {
        checkPercentiles(context, workflow, sla);
        checkRetryBudget(context, workflow, sla);
      }
    }
  },
};
