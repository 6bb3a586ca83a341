/**
 * The HTTP client that generated operations call. It adds the idempotency key, correlation id and
 * traceparent and waits for the rate limiter. It retries per the declared policy with a timeout
 * per attempt, then classifies a final failure and hands it to the dead-letter hook.
 */
import type { RandomSource, RetryPolicy } from './backoff.js';
import { classify, type AdapterFailure, type DeadLetterHook, type DeadLetterRoute } from './exceptions.js';
import { checkHeaders, encodeBody, encodeHeaders, encodeQuery, expandPath, joinUrl, parseBody, type ParameterSpec } from './http-request.js';
import { deriveIdempotencyKey, type IdentityValue } from './idempotency.js';
import { sleep as hostSleep, type AbortSignalLike } from './platform.js';
import { RateLimiter, type Clock, type RateLimitSpec, type Sleep } from './rate-limit.js';
import { runWithRetry, runWithTimeout, type AttemptResult, type RetryEvent } from './retry.js';
import { parseRetryAfter } from './retry-after.js';
import { newCorrelationId, outgoingTraceparent } from './tracing.js';
import { fetchTransport, headerValue, type HttpRequest, type HttpResponse, type Transport } from './transport.js';

/** Everything a generated operation declares about itself. */
export interface OperationSpec {
  contract: string;
  /** Operation id, or `METHOD /path`. */
  operation: string;
  method: string;
  path: string;
  parameters: readonly ParameterSpec[];
  requestMediaType?: string;
  /** Declared response keys: statuses such as `201`, ranges such as `4XX`, and `default`. */
  responses: readonly string[];
  idempotencyKey?: { in: 'header' | 'body'; name: string; parts: readonly string[] };
  correlationId?: { name: string; traceparent?: boolean };
  retryPolicy?: RetryPolicy;
  deadLetter?: DeadLetterRoute;
  /** Workflow step the policies come from. */
  step?: string;
}

/** Per-call context: ids to propagate and a signal to cancel the call. */
export interface CallContext {
  /** Correlation id of the business transaction; a new one is generated when absent. */
  correlationId?: string;
  /** W3C traceparent of the caller's span; passed through when well-formed, else a new one is sent. */
  traceparent?: string;
  signal?: AbortSignalLike;
}

export interface CallInput {
  path?: object;
  query?: object;
  headers?: object;
  cookies?: object;
  body?: unknown;
  /** The named parts of the business identity the idempotency key is derived from, in declared order. */
  identity?: ReadonlyArray<readonly [name: string, value: IdentityValue | undefined]>;
  context?: CallContext;
}

interface ResultBase {
  headers: Record<string, string>;
  attempts: number;
  idempotencyKey?: string;
  correlationId?: string;
}

/** A declared success response. */
export interface SuccessResponse<S, B> extends ResultBase { ok: true; status: S; body: B }
/** A declared error response. */
export interface ErrorResponse<S, B> extends ResultBase { ok: false; status: S; body: B; failure: AdapterFailure }
/** A 2xx status the contract does not declare. */
export interface UndeclaredSuccess extends ResultBase { ok: true; status: 'undeclared'; httpStatus: number; body: unknown }
/** A non-2xx status the contract does not list; `B` is the body of its `default` response. */
export interface UndeclaredError<B = unknown> extends ResultBase { ok: false; status: 'undeclared'; httpStatus: number; body: B; failure: AdapterFailure }
/** No response: timeout, connection error or cancellation. */
export interface NoResponse extends ResultBase { ok: false; status: 'no-response'; body: undefined; failure: AdapterFailure }

export interface ClientOptions {
  /** Base URL for every contract, overriding the servers they declare. */
  baseUrl?: string;
  /** Base URL by contract id; takes precedence over `baseUrl`. */
  baseUrls?: Readonly<Record<string, string>>;
  /** Headers sent with every request, such as authorisation. */
  defaultHeaders?: Readonly<Record<string, string>>;
  transport?: Transport;
  clock?: Clock;
  sleep?: Sleep;
  random?: RandomSource;
  /** Source of random bytes for correlation ids and traceparents. */
  randomBytes?: (count: number) => Uint8Array;
  /** Rate limits of the target system. */
  rateLimits?: readonly RateLimitSpec[];
  /** Id of the calling system, which selects rate limits scoped to it. */
  caller?: string;
  /** Timeout per attempt for operations without a retry policy, in milliseconds. */
  timeoutMs?: number;
  onDeadLetter?: DeadLetterHook;
  onRetry?: (event: RetryEvent & { contract: string; operation: string }) => void;
}

export interface HttpClient {
  /** Calls one operation; the generated function narrows the result to the operation's responses. */
  call<R>(spec: OperationSpec, input: CallInput, defaultBaseUrl: string): Promise<R>;
}

type Received = { response: HttpResponse } | { response: undefined; errorCode: string; error: unknown };

function statusMatches(key: string, status: number): boolean {
  return key === String(status) || (/^[1-5]XX$/i.test(key) && key[0] === String(status)[0]);
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Creates an HTTP client; every option has a default, so `createHttpClient()` talks to the declared servers. */
export function createHttpClient(options: ClientOptions = {}): HttpClient {
  const transport = options.transport ?? fetchTransport;
  const clock = options.clock ?? (() => Date.now());
  const sleep = options.sleep ?? hostSleep;
  const random = options.random ?? Math.random;
  const limiter = new RateLimiter(options.rateLimits ?? [], sleep, clock, options.caller);

  function buildRequest(spec: OperationSpec, input: CallInput, baseUrl: string, ids: { key: string | undefined; correlationId: string | undefined; traceparent: string | undefined }): HttpRequest {
    const query = encodeQuery(spec.parameters, input.query);
    const url = joinUrl(baseUrl, expandPath(spec.path, input.path)) + (query === '' ? '' : `?${query}`);
    const headers: Record<string, string> = { ...options.defaultHeaders, ...encodeHeaders(spec.parameters, input.headers, input.cookies) };
    if (headerValue(headers, 'accept') === undefined) headers.Accept = 'application/json';
    if (ids.key !== undefined && spec.idempotencyKey?.in === 'header') headers[spec.idempotencyKey.name] = ids.key;
    if (ids.correlationId !== undefined && spec.correlationId !== undefined) headers[spec.correlationId.name] = ids.correlationId;
    if (ids.traceparent !== undefined) headers.traceparent = ids.traceparent;
    checkHeaders(headers);

    let body = input.body;
    if (ids.key !== undefined && spec.idempotencyKey?.in === 'body') {
      const withKey: Record<string, unknown> = { ...(body as object) };
      setOwn(withKey, spec.idempotencyKey.name, ids.key);
      body = withKey;
    }
    if (body === undefined) return { method: spec.method, url, headers };
    if (headerValue(headers, 'content-type') === undefined) headers['Content-Type'] = spec.requestMediaType ?? 'application/json';
    checkHeaders(headers);
    return { method: spec.method, url, headers, body: encodeBody(spec.requestMediaType, body) };
  }

  async function call<R>(spec: OperationSpec, input: CallInput, defaultBaseUrl: string): Promise<R> {
    const context = input.context ?? {};
    const key = spec.idempotencyKey !== undefined && input.identity !== undefined ? deriveIdempotencyKey(input.identity) : undefined;
    const correlationId = spec.correlationId === undefined ? undefined : context.correlationId ?? newCorrelationId(options.randomBytes);
    const traceparent = spec.correlationId?.traceparent === true ? outgoingTraceparent(context.traceparent, options.randomBytes) : undefined;
    const baseUrl = options.baseUrls?.[spec.contract] ?? options.baseUrl ?? defaultBaseUrl;
    // Built once: every attempt sends the same idempotency key, correlation id and body. A request
    // that cannot be built (a missing path parameter, an invalid header) throws to the caller here.
    const request = buildRequest(spec, input, baseUrl, { key, correlationId, traceparent });
    const timeoutMs = spec.retryPolicy?.timeoutMs ?? options.timeoutMs;

    const outcome = await runWithRetry<Received>(async () => {
      await limiter.acquire(context.signal);
      if (context.signal?.aborted === true) return { value: { response: undefined, errorCode: 'aborted', error: context.signal.reason }, errorCode: 'aborted' };
      const sent = await runWithTimeout(timeoutMs, context.signal, (signal) => transport({ ...request, signal }));
      if (!sent.ok) return { value: { response: undefined, errorCode: sent.errorCode, error: sent.error }, errorCode: sent.errorCode };
      const response = sent.value;
      if (response.status >= 200 && response.status < 300) return { value: { response } };
      const retryAfterMs = parseRetryAfter(headerValue(response.headers, 'retry-after'), clock());
      return { value: { response }, errorCode: `http-${response.status}`, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) } satisfies AttemptResult<Received>;
    }, {
      policy: spec.retryPolicy,
      sleep,
      random,
      ...(context.signal === undefined ? {} : { signal: context.signal }),
      ...(options.onRetry === undefined ? {} : { onRetry: (event: RetryEvent) => options.onRetry?.({ ...event, contract: spec.contract, operation: spec.operation }) }),
    });

    const base: ResultBase = {
      headers: outcome.last.value.response?.headers ?? {},
      attempts: outcome.attempts,
      ...(key === undefined ? {} : { idempotencyKey: key }),
      ...(correlationId === undefined ? {} : { correlationId }),
    };
    const received = outcome.last.value;
    if (outcome.aborted) {
      const failure = await fail(spec, 'aborted', `${spec.method} ${spec.path} was cancelled by the caller while waiting to retry`, outcome.attempts, undefined, request, key, correlationId);
      return { ...base, ok: false, status: 'no-response', body: undefined, failure } as R;
    }
    if (received.response === undefined) {
      const failure = await fail(spec, received.errorCode, describe(received.error), outcome.attempts, undefined, request, key, correlationId);
      return { ...base, ok: false, status: 'no-response', body: undefined, failure } as R;
    }

    const { status } = received.response;
    const body = parseBody(received.response);
    const declared = spec.responses.some((responseKey) => statusMatches(responseKey, status));
    if (status >= 200 && status < 300) {
      return (declared ? { ...base, ok: true, status, body } : { ...base, ok: true, status: 'undeclared', httpStatus: status, body }) as R;
    }
    const exceeded = outcome.retryAfterExceededMs;
    const policy = spec.retryPolicy;
    const message = exceeded === undefined || policy === undefined
      ? `${spec.method} ${spec.path} returned HTTP ${status}`
      : `${spec.method} ${spec.path} returned HTTP ${status} with a Retry-After of ${seconds(exceeded)}, longer than the maximum interval ` +
        `of retry policy ${policy.id ?? '(unnamed)'} (${seconds(policy.maxIntervalMs)}), so it was not retried`;
    const failure = await fail(spec, `http-${status}`, message, outcome.attempts, status, request, key, correlationId, exceeded);
    return (declared
      ? { ...base, ok: false, status, body, failure }
      : { ...base, ok: false, status: 'undeclared', httpStatus: status, body, failure }) as R;
  }

  async function fail(
    spec: OperationSpec, errorCode: string, message: string, attempts: number, httpStatus: number | undefined,
    request: HttpRequest, idempotencyKey: string | undefined, correlationId: string | undefined, retryAfterMs?: number,
  ): Promise<AdapterFailure> {
    const exceptionClass = spec.deadLetter === undefined ? undefined : classify(errorCode, spec.deadLetter.exceptionClasses);
    const failure: AdapterFailure = {
      errorCode,
      message,
      attempts,
      ...(httpStatus === undefined ? {} : { httpStatus }),
      ...(exceptionClass === undefined ? {} : { exceptionClass: exceptionClass.id, exceptionKind: exceptionClass.kind }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
    // A call the caller cancelled is not a failure of the system, so it is not dead-lettered.
    if (spec.deadLetter !== undefined && errorCode !== 'aborted' && options.onDeadLetter !== undefined) {
      await options.onDeadLetter({
        queue: spec.deadLetter.queue,
        exceptionClass: exceptionClass?.id,
        exceptionKind: exceptionClass?.kind,
        failure,
        ...(spec.step === undefined ? {} : { step: spec.step }),
        contract: spec.contract,
        operation: spec.operation,
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
        ...(correlationId === undefined ? {} : { correlationId }),
        payload: { method: request.method, url: request.url, headers: request.headers, body: request.body },
      });
    }
    return failure;
  }

  return { call };
}

function seconds(milliseconds: number): string {
  return `${Math.ceil(milliseconds / 1000)} s`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
