import { parseDuration } from '../../model/units.js';
import type { EstateRule } from '../types.js';

export const rule: EstateRule = {
  id: 'retry-interval-order',
  scope: 'estate',
  meta: {
    description: 'Every retry policy caps its waits at a maxInterval no shorter than its initialInterval.',
    why: 'A cap below the first wait silently turns exponential backoff into fast constant retries, which hammer an ERP that is already struggling.',
    category: 'resilience',
    defaultSeverity: 'error',
  },
  messages: {
    maxBelowInitial:
      "retry policy '{{policy}}' caps its waits at maxInterval {{maxInterval}}, below its initialInterval of {{initialInterval}}; raise maxInterval to at least {{initialInterval}} or lower initialInterval",
  },
  // The schema already rejects a backoffCoefficient below 1, so the rule checks only the cap.
  check({ workspace, report }) {
    for (const policy of workspace.estate.retryPolicies) {
      const initial = parseDuration(policy.initialInterval);
      const cap = parseDuration(policy.maxInterval);
      if (initial !== undefined && cap !== undefined && cap < initial) {
        report({
          messageId: 'maxBelowInitial',
          data: { policy: policy.id, maxInterval: policy.maxInterval, initialInterval: policy.initialInterval },
          location: workspace.locate(policy, 'maxInterval'),
        });
      }
    }
  },
};
