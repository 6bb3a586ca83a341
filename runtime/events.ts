/**
 * Publishing and consuming for generated event adapters. The publisher derives the idempotency
 * key and sets the correlation id, and the consumer drops repeats through an IdempotencyStore.
 * Both retry per the declared policy and dead-letter what fails for good.
 */
import type { RandomSource, RetryPolicy } from './backoff.js';
import { classify, type AdapterFailure, type DeadLetterHook, type DeadLetterRoute } from './exceptions.js';
import { ownValue } from './http-request.js';
import { deriveIdempotencyKey, type IdempotencyStore, type IdentityValue } from './idempotency.js';
import { sleep as hostSleep, type AbortSignalLike } from './platform.js';
import type { Clock, Sleep } from './rate-limit.js';
import { runWithRetry, runWithTimeout, type RetryEvent } from './retry.js';
import { newCorrelationId, outgoingTraceparent } from './tracing.js';

/** A message as it travels through the broker. */
export interface EventMessage<H extends object = object, P = unknown> {
  headers: H;
  payload: P;
  /** Partition or ordering key, when the step declares one. */
  key?: string;
}

export type Unsubscribe = () => Promise<void>;

/** The broker the adapters publish to and consume from: Kafka, AMQP, a webhook receiver, or InMemoryBroker. */
export interface Broker {
  /** Publishes one message; rejects when the broker did not accept it. */
  publish(address: string, message: EventMessage, options: { signal?: AbortSignalLike }): Promise<void>;
  /** Calls `listener` for every message on `address`. */
  subscribe(address: string, listener: (message: EventMessage) => Promise<void>): Promise<Unsubscribe>;
}

type Location = 'message-header' | 'message-payload';

/** Everything a generated publisher or consumer declares about its message. */
export interface EventSpec {
  contract: string;
  /** Channel id, and the address messages travel on (`{name}` templates filled from parameters). */
  channel: string;
  address: string;
  message: string;
  idempotencyKey?: { in: Location; name: string; parts: readonly string[] };
  correlationId?: { in: Location; name: string; traceparent?: boolean };
  /** Header or payload property whose value becomes the message key. */
  orderingKey?: string;
  retryPolicy?: RetryPolicy;
  deadLetter?: DeadLetterRoute;
  step?: string;
}

/** Per-publish context: ids to propagate and a signal to cancel publishing. */
export interface PublishContext {
  /** Correlation id of the business transaction; a new one is generated when absent. */
  correlationId?: string;
  /** W3C traceparent of the caller's span; passed through when well-formed, else a new one is sent. */
  traceparent?: string;
  signal?: AbortSignalLike;
}

export interface PublishInput {
  headers?: object;
  payload: unknown;
  /** Values of the `{name}` templates in the channel address. */
  parameters?: object;
  identity?: ReadonlyArray<readonly [name: string, value: IdentityValue | undefined]>;
  context?: PublishContext;
}

export type PublishResult =
  | { ok: true; attempts: number; message: EventMessage; idempotencyKey?: string; correlationId?: string }
  | { ok: false; attempts: number; message: EventMessage; failure: AdapterFailure; idempotencyKey?: string; correlationId?: string };

export type ConsumeResult =
  | { outcome: 'processed'; attempts: number; idempotencyKey?: string; correlationId?: string }
  | { outcome: 'duplicate'; attempts: 0; idempotencyKey: string; firstSeen: string | undefined; correlationId?: string }
  | { outcome: 'failed'; attempts: number; failure: AdapterFailure; idempotencyKey?: string; correlationId?: string };

export interface EventClientOptions {
  broker: Broker;
  /** Store of the keys consumers processed; without it they do not deduplicate. */
  store?: IdempotencyStore;
  /** How long a processed key is remembered, in milliseconds; 7 days by default. */
  deduplicationTtlMs?: number;
  clock?: Clock;
  sleep?: Sleep;
  random?: RandomSource;
  randomBytes?: (count: number) => Uint8Array;
  onDeadLetter?: DeadLetterHook;
  onRetry?: (event: RetryEvent & { contract: string; message: string }) => void;
}

export interface EventClient {
  publish(spec: EventSpec, input: PublishInput): Promise<PublishResult>;
  /** Processes one received message with `handler`, skipping a key the store already contains; a failed key is removed, so a replay runs again. */
  consume<M extends EventMessage>(spec: EventSpec, message: EventMessage, handler: (message: M) => Promise<void>): Promise<ConsumeResult>;
  /** Subscribes to the spec's address and consumes every message with `handler`. */
  subscribe<M extends EventMessage>(spec: EventSpec, handler: (message: M) => Promise<void>, parameters?: object): Promise<Unsubscribe>;
}

// NOTE: no retention is declared for consumer deduplication; a week covers the redelivery windows of common brokers and webhook senders.
const DEFAULT_DEDUPLICATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function expandAddress(address: string, parameters: object | undefined): string {
  return address.replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
    const value = ownValue(parameters, name);
    if (value === undefined || value === null) throw new TypeError(`channel parameter '${name}' is missing`);
    return String(value);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the client that generated publishers and consumers run through. */
export function createEventClient(options: EventClientOptions): EventClient {
  const clock = options.clock ?? (() => Date.now());
  const sleep = options.sleep ?? hostSleep;
  const random = options.random ?? Math.random;
  const ttl = options.deduplicationTtlMs ?? DEFAULT_DEDUPLICATION_TTL_MS;

  const retryOptions = (spec: EventSpec, signal?: AbortSignalLike) => ({
    policy: spec.retryPolicy,
    sleep,
    random,
    ...(signal === undefined ? {} : { signal }),
    ...(options.onRetry === undefined ? {} : { onRetry: (event: RetryEvent) => options.onRetry?.({ ...event, contract: spec.contract, message: spec.message }) }),
  });

  async function fail(spec: EventSpec, errorCode: string, message: string, attempts: number, payload: unknown, ids: { key?: string; correlationId?: string }): Promise<AdapterFailure> {
    const exceptionClass = spec.deadLetter === undefined ? undefined : classify(errorCode, spec.deadLetter.exceptionClasses);
    const failure: AdapterFailure = {
      errorCode,
      message,
      attempts,
      ...(exceptionClass === undefined ? {} : { exceptionClass: exceptionClass.id, exceptionKind: exceptionClass.kind }),
    };
    // A repeat goes to the queue only when the route declares a duplicate class; otherwise it is dropped quietly.
    const isUnroutedDuplicate = errorCode === 'duplicate' && exceptionClass?.kind !== 'duplicate';
    if (spec.deadLetter !== undefined && errorCode !== 'aborted' && !isUnroutedDuplicate && options.onDeadLetter !== undefined) {
      await options.onDeadLetter({
        queue: spec.deadLetter.queue,
        exceptionClass: exceptionClass?.id,
        exceptionKind: exceptionClass?.kind,
        failure,
        ...(spec.step === undefined ? {} : { step: spec.step }),
        contract: spec.contract,
        operation: spec.message,
        ...(ids.key === undefined ? {} : { idempotencyKey: ids.key }),
        ...(ids.correlationId === undefined ? {} : { correlationId: ids.correlationId }),
        payload,
      });
    }
    return failure;
  }

  async function publish(spec: EventSpec, input: PublishInput): Promise<PublishResult> {
    const context = input.context ?? {};
    const headers: Record<string, unknown> = { ...input.headers };
    const payload: unknown = typeof input.payload === 'object' && input.payload !== null && !Array.isArray(input.payload) ? { ...input.payload } : input.payload;
    const place = (location: Location, name: string, value: unknown): void => {
      if (location === 'message-header') setOwn(headers, name, value);
      else if (typeof payload === 'object' && payload !== null) setOwn(payload as Record<string, unknown>, name, value);
    };

    const key = spec.idempotencyKey !== undefined && input.identity !== undefined ? deriveIdempotencyKey(input.identity) : undefined;
    if (key !== undefined && spec.idempotencyKey !== undefined) place(spec.idempotencyKey.in, spec.idempotencyKey.name, key);
    const correlationId = spec.correlationId === undefined ? undefined : context.correlationId ?? newCorrelationId(options.randomBytes);
    if (correlationId !== undefined && spec.correlationId !== undefined) place(spec.correlationId.in, spec.correlationId.name, correlationId);
    if (spec.correlationId?.traceparent === true) setOwn(headers, 'traceparent', outgoingTraceparent(context.traceparent, options.randomBytes));

    const ordering = spec.orderingKey === undefined ? undefined : ownValue(payload as object, spec.orderingKey) ?? ownValue(headers, spec.orderingKey);
    const message: EventMessage = { headers, payload, ...(ordering === undefined ? {} : { key: String(ordering) }) };
    const address = expandAddress(spec.address, input.parameters);
    const ids = { ...(key === undefined ? {} : { idempotencyKey: key }), ...(correlationId === undefined ? {} : { correlationId }) };

    const outcome = await runWithRetry(async () => {
      const sent = await runWithTimeout(spec.retryPolicy?.timeoutMs, context.signal, (signal) => options.broker.publish(address, message, { signal }));
      return sent.ok ? { value: undefined as unknown } : { value: sent.error, errorCode: sent.errorCode };
    }, retryOptions(spec, context.signal));
    if (outcome.last.errorCode === undefined) return { ok: true, attempts: outcome.attempts, message, ...ids };
    // A publish cancelled while waiting to retry is reported as aborted, so it is not dead-lettered.
    const errorCode = outcome.aborted ? 'aborted' : outcome.last.errorCode;
    const failure = await fail(spec, errorCode, `publishing to ${address} failed: ${describe(outcome.last.value)}`, outcome.attempts, message,
      { ...(key === undefined ? {} : { key }), ...(correlationId === undefined ? {} : { correlationId }) });
    return { ok: false, attempts: outcome.attempts, message, failure, ...ids };
  }

  // NOTE: a received message is checked for its headers object and idempotency key only; its payload is not validated against the schema.
  async function consume<M extends EventMessage>(spec: EventSpec, message: EventMessage, handler: (message: M) => Promise<void>): Promise<ConsumeResult> {
    const read = (location: Location, name: string): unknown =>
      ownValue(location === 'message-header' ? (message.headers as object) : (message.payload as object), name);
    const isShaped = typeof message === 'object' && message !== null && typeof message.headers === 'object' && message.headers !== null;
    const correlationValue = isShaped && spec.correlationId !== undefined ? read(spec.correlationId.in, spec.correlationId.name) : undefined;
    const correlationId = typeof correlationValue === 'string' ? correlationValue : undefined;
    const keyValue = isShaped && spec.idempotencyKey !== undefined ? read(spec.idempotencyKey.in, spec.idempotencyKey.name) : undefined;
    const key = typeof keyValue === 'string' || typeof keyValue === 'number' ? String(keyValue) : undefined;
    const ids = { ...(key === undefined ? {} : { key }), ...(correlationId === undefined ? {} : { correlationId }) };
    const reported = { ...(key === undefined ? {} : { idempotencyKey: key }), ...(correlationId === undefined ? {} : { correlationId }) };

    if (!isShaped || (spec.idempotencyKey !== undefined && key === undefined)) {
      const missing = !isShaped ? 'the message has no headers object' : `the message has no idempotency key '${spec.idempotencyKey?.name}'`;
      const failure = await fail(spec, 'invalid-message', missing, 0, message, ids);
      return { outcome: 'failed', attempts: 0, failure, ...reported };
    }

    const store = options.store;
    if (key !== undefined && store !== undefined) {
      const claimed = await store.putIfAbsent(key, new Date(clock()).toISOString(), ttl);
      if (!claimed) {
        await fail(spec, 'duplicate', `message with idempotency key ${key} was already processed`, 0, message, ids);
        return { outcome: 'duplicate', attempts: 0, idempotencyKey: key, firstSeen: await store.get(key), ...(correlationId === undefined ? {} : { correlationId }) };
      }
    }

    const outcome = await runWithRetry(async () => {
      const ran = await runWithTimeout(spec.retryPolicy?.timeoutMs, undefined, () => handler(message as M));
      if (ran.ok) return { value: undefined as unknown };
      const declared = (ran.error as { errorCode?: unknown } | null)?.errorCode;
      let errorCode = typeof declared === 'string' ? declared : 'handler-error';
      if (ran.errorCode === 'timeout') errorCode = 'timeout';
      return { value: ran.error, errorCode };
    }, retryOptions(spec));
    if (outcome.last.errorCode === undefined) return { outcome: 'processed', attempts: outcome.attempts, ...reported };

    // Forget the key, so that a replay from the dead-letter queue is processed.
    if (key !== undefined && store !== undefined) await store.delete(key);
    const failure = await fail(spec, outcome.last.errorCode, `handling ${spec.message} failed: ${describe(outcome.last.value)}`, outcome.attempts, message, ids);
    return { outcome: 'failed', attempts: outcome.attempts, failure, ...reported };
  }

  async function subscribe<M extends EventMessage>(spec: EventSpec, handler: (message: M) => Promise<void>, parameters?: object): Promise<Unsubscribe> {
    return options.broker.subscribe(expandAddress(spec.address, parameters), async (message) => {
      await consume(spec, message, handler);
    });
  }

  return { publish, consume, subscribe };
}
