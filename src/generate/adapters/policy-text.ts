/** Doc lines and runtime spec values for the declared policies of a profile. */
import { formatDuration } from '../../model/units.js';
import type { Profile, RuntimeRetryPolicy } from './profiles.js';

/** Describes a retry policy in one line: attempts, backoff, jitter, timeout, retryable errors. */
export function retryText(policy: RuntimeRetryPolicy): string {
  const growth = policy.backoffCoefficient === 1 ? 'constant' : `times ${policy.backoffCoefficient}`;
  const timeout = policy.timeoutMs === undefined ? '' : `, ${formatDuration(policy.timeoutMs)} per attempt`;
  const retryAfter = policy.honourRetryAfter === true
    ? `; waits as long as Retry-After asks up to ${formatDuration(policy.maxIntervalMs)}, and stops retrying when it asks for longer`
    : '';
  return `Retry policy ${policy.id}: up to ${policy.maxAttempts} attempts, waits from ${formatDuration(policy.initialIntervalMs)} ` +
    `(${growth}, at most ${formatDuration(policy.maxIntervalMs)}, ${policy.jitter} jitter)${timeout}; ` +
    `retries ${policy.retryableErrors.join(', ') || 'nothing'}${retryAfter}.`;
}

/** Doc lines that state what the workflow steps declare for a generated function. */
export function policyDocLines(profile: Profile | undefined, identityNote?: string): string[] {
  if (profile === undefined) return ['No workflow step declares policies for it: one attempt, no idempotency key.'];
  const lines = [`Policies declared by workflow step${profile.steps.length === 1 ? '' : 's'} ${profile.steps.join(', ')}:`];
  const key = profile.idempotencyKey;
  if (key !== undefined) {
    lines.push(identityNote ?? `- Idempotency key ${key.in} \`${key.name}\`: SHA-256 of ${key.from.join(', ')}, the same on every retry.`);
  }
  const correlation = profile.correlationId;
  if (correlation !== undefined) {
    lines.push(`- Correlation id ${correlation.in} \`${correlation.name}\`${correlation.traceparent === true ? ', with a W3C traceparent' : ''}.`);
  }
  lines.push(profile.retryPolicy === undefined ? '- No retry policy: one attempt.' : `- ${retryText(profile.retryPolicy)}`);
  if (profile.deadLetter !== undefined) {
    const classes = profile.deadLetter.exceptionClasses.map((entry) => `${entry.id} (${entry.kind})`).join(', ');
    lines.push(`- Failures go to dead-letter queue ${profile.deadLetter.queue} as ${classes || 'unclassified'}.`);
  }
  return [lines.join('\n')];
}

/** Returns the retry policy as the runtime spec takes it. */
export function retrySpecValue(policy: RuntimeRetryPolicy): Record<string, unknown> {
  return {
    id: policy.id,
    maxAttempts: policy.maxAttempts,
    initialIntervalMs: policy.initialIntervalMs,
    backoffCoefficient: policy.backoffCoefficient,
    maxIntervalMs: policy.maxIntervalMs,
    jitter: policy.jitter,
    timeoutMs: policy.timeoutMs,
    retryableErrors: policy.retryableErrors,
    honourRetryAfter: policy.honourRetryAfter,
  };
}

/** Returns the spec fields that HTTP and event profiles share: retry policy, dead-letter route and step. */
export function commonSpecValues(profile: Profile | undefined): Record<string, unknown> {
  if (profile === undefined) return {};
  return {
    retryPolicy: profile.retryPolicy === undefined ? undefined : retrySpecValue(profile.retryPolicy),
    deadLetter: profile.deadLetter,
    step: profile.steps[0],
  };
}
