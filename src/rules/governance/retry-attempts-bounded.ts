import { indexEstate } from '../../model/estate-index.js';
import type { ExceptionKind } from '../../model/types.js';
import { parseDuration } from '../../model/units.js';
import type { EstateRule } from '../types.js';

/** The most attempts a policy may make; more only multiplies load on a system that is already down. */
export const MAX_ATTEMPTS = 20;

/** Failures that fail again on every retry, because the request itself is wrong. */
const PERMANENT_KINDS: readonly ExceptionKind[] = ['validation', 'business-rule'];

export const rule: EstateRule = {
  id: 'retry-attempts-bounded',
  scope: 'estate',
  meta: {
    description: `Every retry policy makes between 1 and ${MAX_ATTEMPTS} attempts, each with a timeout, and never retries validation or business-rule errors.`,
    why: 'Unbounded retries, attempts without a timeout and retries of requests that can never succeed turn one bad order into a retry storm on the ERP.',
    category: 'resilience',
    defaultSeverity: 'error',
  },
  messages: {
    attemptsOutOfRange:
      "retry policy '{{policy}}' makes {{attempts}} attempts, outside 1 to {{max}}; set maxAttempts within that range and send what still fails to a dead-letter queue",
    missingTimeout:
      "retry policy '{{policy}}' has no usable timeout per attempt ('{{timeout}}'); set `timeout` to a positive duration such as 5s",
    retriesPermanentError:
      "retry policy '{{policy}}' retries '{{error}}' errors ({{kind}}), which fail again on every attempt; remove it from retryableErrors and route it to a dead-letter queue",
  },
  check({ workspace, report }) {
    const index = indexEstate(workspace.estate);
    for (const policy of workspace.estate.retryPolicies) {
      const attempts = policy.maxAttempts;
      if (!Number.isInteger(attempts) || attempts < 1 || attempts > MAX_ATTEMPTS) {
        report({
          messageId: 'attemptsOutOfRange',
          data: { policy: policy.id, attempts, max: MAX_ATTEMPTS },
          location: workspace.locate(policy, 'maxAttempts'),
        });
      }

      const timeout = parseDuration(policy.timeout);
      if (timeout === undefined || timeout <= 0) {
        const location = policy.timeout === undefined ? workspace.locate(policy) : workspace.locate(policy, 'timeout');
        report({ messageId: 'missingTimeout', data: { policy: policy.id, timeout: policy.timeout ?? 'none' }, location });
      }

      (policy.retryableErrors ?? []).forEach((error, position) => {
        // An entry is an exception kind, or the id of an exception class of some kind.
        const kind = (PERMANENT_KINDS as readonly string[]).includes(error)
          ? error
          : index.exceptionClasses.get(error)?.kind;
        if (kind === undefined || !(PERMANENT_KINDS as readonly string[]).includes(kind)) return;
        report({
          messageId: 'retriesPermanentError',
          data: { policy: policy.id, error, kind },
          location: workspace.locate(policy, 'retryableErrors', position),
        });
      });
    }
  },
};
