import { indexEstate } from '../../model/estate-index.js';
import type { EstateRule } from '../types.js';

export const rule: EstateRule = {
  id: 'async-step-requires-retry-policy',
  scope: 'estate',
  meta: {
    description: 'Every async step names a retry policy that exists.',
    why: 'An async step without a declared retry policy either gives up on the first broker or ERP hiccup or retries forever with whatever the client library defaults to.',
    category: 'resilience',
    defaultSeverity: 'error',
  },
  messages: {
    missing:
      "async step '{{step}}' of workflow '{{workflow}}' names no retry policy; add `retryPolicy` with the id of a policy under retryPolicies",
    unknown:
      "async step '{{step}}' of workflow '{{workflow}}' names retry policy '{{policy}}', which is not declared; declare it under retryPolicies or correct the id",
  },
  check({ workspace, report }) {
    const index = indexEstate(workspace.estate);
    for (const workflow of workspace.estate.workflows) {
      for (const step of workflow.steps) {
        if (step.mode !== 'async') continue;
        const data = { step: step.id, workflow: workflow.id };
        if (step.retryPolicy === undefined) {
          report({ messageId: 'missing', data, location: workspace.locate(step) });
        } else if (!index.retryPolicies.has(step.retryPolicy)) {
          report({ messageId: 'unknown', data: { ...data, policy: step.retryPolicy }, location: workspace.locate(step, 'retryPolicy') });
        }
      }
    }
  },
};
