/**
 * Errors a simulated call can end with, and how they map to exception kinds and classes. An error
 * is a token as retry policies write it: `timeout`, `connection` or `http-NNN`.
 */
import type { ExceptionClass, ExceptionKind } from '../../model/types.js';
import type { DeadLetterTarget, RetrySettings } from './types.js';

/** Returns the exception kind of an error token. */
export function errorKind(error: string): ExceptionKind {
  if (error === 'timeout' || error === 'connection' || error === 'http-429' || error === 'http-408') return 'downstream-unavailable';
  if (error.startsWith('http-5')) return 'downstream-unavailable';
  if (error === 'http-409') return 'duplicate';
  if (error === 'http-400') return 'validation';
  return 'business-rule';
}

/**
 * Returns the exception class of the dead-letter route that takes `error`: the first class of the
 * route whose kind matches. Validation and mapping errors stand in for each other, since both mean
 * the message itself is wrong.
 */
export function classify(error: string, route: DeadLetterTarget | undefined): ExceptionClass | undefined {
  if (route === undefined) return undefined;
  const kind = errorKind(error);
  const exact = route.classes.find((candidate) => candidate.kind === kind);
  if (exact !== undefined || (kind !== 'validation' && kind !== 'mapping')) return exact;
  const other = kind === 'validation' ? 'mapping' : 'validation';
  return route.classes.find((candidate) => candidate.kind === other);
}

/**
 * Returns whether a retry policy retries `error`: it lists the token itself, its HTTP status class
 * (`http-5xx`), its exception kind, or the id of the exception class the step routes it to.
 */
export function isRetryable(policy: RetrySettings, error: string, route: DeadLetterTarget | undefined): boolean {
  const listed = policy.retryable;
  if (listed.has(error) || listed.has(errorKind(error))) return true;
  if (error.startsWith('http-') && listed.has(`http-${error[5]}xx`)) return true;
  const exceptionClass = classify(error, route);
  return exceptionClass !== undefined && listed.has(exceptionClass.id);
}
