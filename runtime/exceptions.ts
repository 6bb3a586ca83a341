/** Classification of failures into declared exception classes, and the dead-letter hook. */

export type ExceptionKind = 'validation' | 'mapping' | 'downstream-unavailable' | 'business-rule' | 'duplicate';

/** A declared exception class. */
export interface ExceptionClass {
  id: string;
  kind: ExceptionKind;
}

/** The dead-letter route of a workflow step: its queue and the exception classes it takes. */
export interface DeadLetterRoute {
  queue: string;
  exceptionClasses: readonly ExceptionClass[];
}

/** Failure of a call or message after its last attempt. */
export interface AdapterFailure {
  /** `timeout`, `connection`, `aborted`, `http-<status>`, `invalid-message`, `duplicate` or `handler-error`. */
  errorCode: string;
  message: string;
  /** Attempts made, the first one included. */
  attempts: number;
  httpStatus?: number;
  /** The declared exception class the failure falls into, when the step declares one of its kind. */
  exceptionClass?: string;
  exceptionKind?: ExceptionKind;
  /**
   * The wait in milliseconds that the server's Retry-After asked for, when it was longer than the
   * retry policy's maxInterval and so ended the retries. A replay should not start before it ends.
   */
  retryAfterMs?: number;
}

/**
 * A request that cannot be sent as built, such as one with an invalid header name or a relative URL
 * for fetch. It is a programming or configuration error of the caller, so the client throws it
 * instead of retrying or dead-lettering it.
 */
export class InvalidRequestError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}

/** Dead letter handed to the hook: the failure, its class, the step's queue and what to replay. */
export interface DeadLetter {
  queue: string;
  exceptionClass: string | undefined;
  exceptionKind: ExceptionKind | undefined;
  failure: AdapterFailure;
  /** Workflow step whose route this is. */
  step?: string;
  contract: string;
  /** Operation id, `METHOD /path`, or the message name. */
  operation: string;
  idempotencyKey?: string;
  correlationId?: string;
  /** The request or message as sent, so that a replay keeps its idempotency key. */
  payload: unknown;
}

export type DeadLetterHook = (deadLetter: DeadLetter) => void | Promise<void>;

/**
 * Returns the exception kinds an error code falls into, most specific first. A 400 is an invalid
 * payload: validation, else the mapping that produced it. A 422 breaks a rule of the receiver and
 * a 409 is a duplicate. Timeouts, connection errors, 429 and 5xx mean the system is unavailable.
 */
export function kindsOf(errorCode: string): ExceptionKind[] {
  if (errorCode === 'timeout' || errorCode === 'connection' || errorCode === 'http-429' || errorCode === 'handler-error') {
    return ['downstream-unavailable'];
  }
  if (/^http-5\d\d$/.test(errorCode)) return ['downstream-unavailable'];
  if (errorCode === 'http-400' || errorCode === 'invalid-message') return ['validation', 'mapping', 'business-rule'];
  if (errorCode === 'http-422') return ['business-rule', 'validation', 'mapping'];
  if (errorCode === 'http-409' || errorCode === 'duplicate') return ['duplicate', 'business-rule'];
  if (/^http-4\d\d$/.test(errorCode)) return ['business-rule', 'validation'];
  return [];
}

/** Returns the first declared class whose kind fits the error code, or undefined. */
export function classify(errorCode: string, classes: readonly ExceptionClass[]): ExceptionClass | undefined {
  for (const kind of kindsOf(errorCode)) {
    const match = classes.find((candidate) => candidate.kind === kind);
    if (match !== undefined) return match;
  }
  return undefined;
}
