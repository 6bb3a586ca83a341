import type { RetryPolicy } from '../../model/types.js';
import { parseDuration } from '../../model/units.js';
import { fileOf, idOf, pairBy, sectionSite, siteOf, type DeclarationComparison } from './sites.js';

/** Reports removed retry policies and every change of attempts, waits, jitter, timeout and retryable errors. */
export function compareRetryPolicies(comparison: DeclarationComparison): void {
  const { base, revision, collector } = comparison;
  const policies = pairBy(base.estate.retryPolicies, revision.estate.retryPolicies, idOf);
  for (const policy of policies.removed) {
    collector.add('retry-policy-removed', { base: siteOf(base, policy), revision: sectionSite(revision, ['retryPolicies'], fileOf(base, policy)) }, { policy: policy.id });
  }
  for (const [before, after] of policies.pairs) compareRetryPolicy(comparison, before, after);
}

function compareRetryPolicy({ base, revision, collector }: DeclarationComparison, before: RetryPolicy, after: RetryPolicy): void {
  const sitesOf = (key: keyof RetryPolicy) => ({ base: siteOf(base, before, key), revision: siteOf(revision, after, key) });
  const policy = before.id;

  if (after.maxAttempts > before.maxAttempts) {
    collector.add('retry-max-attempts-raised', sitesOf('maxAttempts'), { policy, base: before.maxAttempts, revision: after.maxAttempts });
  } else if (after.maxAttempts < before.maxAttempts) {
    collector.add('retry-max-attempts-lowered', sitesOf('maxAttempts'), { policy, base: before.maxAttempts, revision: after.maxAttempts });
  }
  for (const field of ['initialInterval', 'maxInterval'] as const) {
    if (parseDuration(before[field]) !== parseDuration(after[field])) {
      collector.add('retry-interval-changed', sitesOf(field), { policy, field, base: before[field], revision: after[field] });
    }
  }
  if (before.backoffCoefficient !== after.backoffCoefficient) {
    collector.add('retry-backoff-coefficient-changed', sitesOf('backoffCoefficient'), { policy, base: before.backoffCoefficient, revision: after.backoffCoefficient });
  }
  if (before.jitter !== after.jitter) {
    collector.add('retry-jitter-changed', sitesOf('jitter'), { policy, base: before.jitter, revision: after.jitter });
  }
  if (parseDuration(before.timeout) !== parseDuration(after.timeout)) {
    collector.add('retry-timeout-changed', sitesOf('timeout'), { policy, base: before.timeout, revision: after.timeout });
  }

  const sites = sitesOf('retryableErrors');
  for (const error of before.retryableErrors.filter((name) => !after.retryableErrors.includes(name))) {
    const index = before.retryableErrors.indexOf(error);
    collector.add('retryable-error-removed', { base: siteOf(base, before, 'retryableErrors', index), revision: sites.revision }, { policy, error });
  }
  for (const error of after.retryableErrors.filter((name) => !before.retryableErrors.includes(name))) {
    const index = after.retryableErrors.indexOf(error);
    collector.add('retryable-error-added', { base: sites.base, revision: siteOf(revision, after, 'retryableErrors', index) }, { policy, error });
  }
}

/** Reports removed exception classes and changed business owners. */
export function compareExceptionClasses({ base, revision, collector }: DeclarationComparison): void {
  const classes = pairBy(base.estate.deadLetter.exceptionClasses, revision.estate.deadLetter.exceptionClasses, idOf);
  for (const exceptionClass of classes.removed) {
    collector.add('exception-class-removed',
      { base: siteOf(base, exceptionClass), revision: sectionSite(revision, ['deadLetter', 'exceptionClasses'], fileOf(base, exceptionClass)) },
      { class: exceptionClass.id });
  }
  for (const [before, after] of classes.pairs) {
    if (before.owner === after.owner) continue;
    collector.add('exception-class-owner-changed', { base: siteOf(base, before, 'owner'), revision: siteOf(revision, after, 'owner') },
      { class: before.id, base: before.owner ?? 'none', revision: after.owner ?? 'none' });
  }
}
