import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RetryPolicy } from '../../../runtime/backoff.js';
import { InvalidRequestError, type DeadLetter } from '../../../runtime/exceptions.js';
import { createEventClient, type EventSpec } from '../../../runtime/events.js';
import { createHttpClient, type OperationSpec } from '../../../runtime/http-client.js';
import { MAX_TIMER_MS, setTimer, sleep } from '../../../runtime/platform.js';
import type { HttpRequest, HttpResponse, Transport } from '../../../runtime/transport.js';

const policy: RetryPolicy = {
  id: 'patient', maxAttempts: 4, initialIntervalMs: 100, backoffCoefficient: 2, maxIntervalMs: 10_000,
  jitter: 'none', retryableErrors: ['connection', 'http-503'], honourRetryAfter: true,
};

const spec: OperationSpec = {
  contract: 'test-api',
  operation: 'getThing',
  method: 'GET',
  path: '/things',
  parameters: [{ name: 'x-weird header*/', in: 'header' }],
  responses: ['200', '503'],
  retryPolicy: policy,
  deadLetter: { queue: 'test-dlq', exceptionClasses: [{ id: 'down', kind: 'downstream-unavailable' }] },
};

type Result = { ok: boolean; status: unknown; attempts: number; failure?: { errorCode: string; retryAfterMs?: number; message: string; exceptionClass?: string } };

function unavailable(retryAfter?: string): Transport & { requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    requests.push(request);
    return { status: 503, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter }, body: '' };
  };
  return Object.assign(transport, { requests });
}

/** Resolves 'settled' when `promise` has settled once pending callbacks ran, else 'pending'. */
async function stateOf(promise: Promise<unknown>): Promise<'settled' | 'pending'> {
  const marker = promise.then(() => 'settled' as const, () => 'settled' as const);
  return Promise.race([marker, new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending')))]);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Retry-After beyond the retry policy', () => {
  for (const [label, value] of [['delay-seconds', '86400'], ['a date in 2099', 'Thu, 01 Jan 2099 00:00:00 GMT']] as const) {
    it(`gives up on ${label}`, async () => {
      const transport = unavailable(value);
      const slept: number[] = [];
      const letters: DeadLetter[] = [];
      const client = createHttpClient({ transport, sleep: async (ms) => void slept.push(ms), onDeadLetter: (letter) => void letters.push(letter) });
      const result = await client.call<Result>({ ...spec, parameters: [] }, {}, 'http://x');
      expect(slept).toEqual([]);
      expect(transport.requests).toHaveLength(1);
      expect(result.failure?.errorCode).toBe('http-503');
      expect(result.failure?.exceptionClass).toBe('down');
      expect(result.failure?.retryAfterMs).toBeGreaterThan(policy.maxIntervalMs);
      expect(result.failure?.message).toMatch(/longer than the maximum interval of retry policy patient \(10 s\), so it was not retried/);
      expect(letters).toHaveLength(1);
    });
  }

  it('waits a Retry-After within the policy', async () => {
    const transport = unavailable('3');
    const slept: number[] = [];
    const client = createHttpClient({ transport, sleep: async (ms) => void slept.push(ms) });
    const result = await client.call<Result>({ ...spec, parameters: [] }, {}, 'http://x');
    expect(slept).toEqual([3000, 3000, 3000]);
    expect(result.attempts).toBe(4);
    expect(result.failure?.retryAfterMs).toBeUndefined();
  });
});

describe('host timers', () => {
  it('never pass more than 2^31-1 ms to setTimeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const delays: number[] = [];
    const original = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return original(callback, ms);
    }) as typeof setTimeout);
    let fired = false;
    setTimer(() => {
      fired = true;
    }, MAX_TIMER_MS * 2 + 10);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS * 2);
    expect(fired).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(fired).toBe(true);
    spy.mockRestore();
    expect(delays).toEqual([MAX_TIMER_MS, MAX_TIMER_MS, 10]);
  });

  it('sleep ends early and clears its timer on abort', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    expect(await stateOf(pending)).toBe('settled');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('cancelling a call', () => {
  it('interrupts a retry wait of the host sleep', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const transport = unavailable('5');
    const letters: DeadLetter[] = [];
    const controller = new AbortController();
    const client = createHttpClient({ transport, onDeadLetter: (letter) => void letters.push(letter) });
    const pending = client.call<Result>({ ...spec, parameters: [] }, { context: { signal: controller.signal } }, 'http://x');
    await vi.advanceTimersByTimeAsync(200);
    expect(transport.requests).toHaveLength(1);
    controller.abort();
    expect(await stateOf(pending)).toBe('settled');
    const result = await pending;
    expect(result).toMatchObject({ ok: false, status: 'no-response', attempts: 1, failure: { errorCode: 'aborted' } });
    expect(letters).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('interrupts an injected sleep that ignores the signal', async () => {
    const transport = unavailable();
    const controller = new AbortController();
    const client = createHttpClient({ transport, sleep: () => new Promise(() => {}) });
    const pending = client.call<Result>({ ...spec, parameters: [] }, { context: { signal: controller.signal } }, 'http://x');
    expect(await stateOf(pending)).toBe('pending');
    controller.abort();
    expect((await pending).failure?.errorCode).toBe('aborted');
  });

  it('interrupts a rate-limit wait', async () => {
    const transport: Transport = async () => ({ status: 200, headers: {}, body: '' });
    const controller = new AbortController();
    const client = createHttpClient({ transport, sleep: () => new Promise(() => {}), rateLimits: [{ scope: 'api', perSecond: 0.001, burst: 1 }] });
    const first = await client.call<Result>({ ...spec, parameters: [] }, {}, 'http://x');
    expect(first.ok).toBe(true);
    const second = client.call<Result>({ ...spec, parameters: [] }, { context: { signal: controller.signal } }, 'http://x');
    expect(await stateOf(second)).toBe('pending');
    controller.abort();
    expect((await second).failure?.errorCode).toBe('aborted');
  });

  it('interrupts the retry wait of a publish', async () => {
    const eventSpec: EventSpec = { contract: 'events', channel: 'c', address: 'a', message: 'm', retryPolicy: policy };
    const letters: DeadLetter[] = [];
    const broker = { publish: async () => Promise.reject(new Error('broker down')), subscribe: async () => async () => {} };
    const client = createEventClient({ broker, sleep: () => new Promise(() => {}), onDeadLetter: (letter) => void letters.push(letter) });
    const controller = new AbortController();
    const pending = client.publish({ ...eventSpec, retryPolicy: { ...policy, retryableErrors: ['connection'] } }, { payload: {}, context: { signal: controller.signal } });
    expect(await stateOf(pending)).toBe('pending');
    controller.abort();
    const result = await pending;
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.failure.errorCode).toBe('aborted');
    expect(letters).toEqual([]);
  });
});

describe('requests that cannot be sent', () => {
  let server: Server;
  let baseUrl = '';
  let received = 0;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      received += 1;
      response.writeHead(503).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('throw an invalid header name instead of retrying it', async () => {
    const slept: number[] = [];
    const client = createHttpClient({ sleep: async (ms) => void slept.push(ms) });
    const call = client.call<Result>(spec, { headers: { 'x-weird header*/': 'v' } }, baseUrl);
    await expect(call).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call).rejects.toThrow(/invalid HTTP header name "x-weird header\*\/": it contains " ", "\/", but a header name may contain only/);
    expect(slept).toEqual([]);
    expect(received).toBe(0);
  });

  it('throw a header value with a line break', async () => {
    const client = createHttpClient({ defaultHeaders: { Authorization: 'Bearer a\r\nX-Injected: 1' } });
    await expect(client.call<Result>({ ...spec, parameters: [] }, {}, baseUrl)).rejects.toThrow(/invalid value of HTTP header "Authorization"/);
    expect(received).toBe(0);
  });

  it('throw a relative URL for fetch instead of retrying it', async () => {
    const slept: number[] = [];
    const client = createHttpClient({ sleep: async (ms) => void slept.push(ms) });
    await expect(client.call<Result>({ ...spec, parameters: [] }, {}, '/api')).rejects.toThrow(/request URL '\/api\/things' is not absolute/);
    expect(slept).toEqual([]);
  });

  it('still retries a server that answers 503', async () => {
    const client = createHttpClient({ sleep: async () => {} });
    const result = await client.call<Result>({ ...spec, parameters: [] }, {}, baseUrl);
    expect(result.attempts).toBe(4);
    expect(received).toBe(4);
  });
});
