import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../runtime/backoff.js';
import { classify, kindsOf, type DeadLetter } from '../../../runtime/exceptions.js';
import { createHttpClient, type OperationSpec } from '../../../runtime/http-client.js';
import { expandPath, encodeQuery } from '../../../runtime/http-request.js';
import { isValidTraceparent } from '../../../runtime/tracing.js';
import type { HttpRequest, HttpResponse, Transport } from '../../../runtime/transport.js';

const spec: OperationSpec = {
  contract: 'test-api',
  operation: 'postThing',
  method: 'POST',
  path: '/things/{id}',
  parameters: [{ name: 'id', in: 'path' }, { name: 'tag', in: 'query' }],
  requestMediaType: 'application/json',
  responses: ['201', '400', '503'],
  idempotencyKey: { in: 'header', name: 'Idempotency-Key', parts: ['thing.id'] },
  correlationId: { name: 'X-Correlation-Id', traceparent: true },
  retryPolicy: {
    id: 'test', maxAttempts: 3, initialIntervalMs: 100, backoffCoefficient: 2, maxIntervalMs: 1000,
    jitter: 'none', timeoutMs: 50, retryableErrors: ['timeout', 'connection', 'http-503'], honourRetryAfter: true,
  },
  deadLetter: { queue: 'test-dlq', exceptionClasses: [{ id: 'bad-payload', kind: 'validation' }, { id: 'down', kind: 'downstream-unavailable' }] },
  step: 'post-thing',
};

function scripted(responses: Array<HttpResponse | 'hang' | 'refuse'>): { transport: Transport; requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  const transport: Transport = async (request) => {
    requests.push(request);
    const next = responses[Math.min(requests.length - 1, responses.length - 1)]!;
    if (next === 'refuse') throw new Error('connect ECONNREFUSED');
    if (next === 'hang') {
      // Resolves only when the attempt's signal aborts, like fetch does.
      return new Promise((_, reject) => request.signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
    }
    return next;
  };
  return { transport, requests };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse =>
  ({ status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('createHttpClient', () => {
  it('retries a 503 with the same key, correlation id and traceparent', async () => {
    const { transport, requests } = scripted([json(503, {}), json(201, { id: 'T-1' })]);
    const slept: number[] = [];
    const client = createHttpClient({ transport, sleep: async (ms) => void slept.push(ms), random: seededRandom(1) });
    const result = await client.call<{ ok: boolean; status: number; body: unknown; attempts: number }>(spec, {
      path: { id: 'T 1' }, query: { tag: 'a&b' }, body: { name: 'x' }, identity: [['thing.id', 'T-1']], context: { correlationId: 'corr-1' },
    }, 'http://example.test/base/');
    expect(result).toMatchObject({ ok: true, status: 201, body: { id: 'T-1' }, attempts: 2 });
    expect(requests).toHaveLength(2);
    expect(requests[0]!.url).toBe('http://example.test/base/things/T%201?tag=a%26b');
    expect(requests[1]!.headers).toEqual(requests[0]!.headers);
    expect(requests[0]!.headers['Idempotency-Key']).toMatch(/^[0-9a-f]{64}$/);
    expect(requests[0]!.headers['X-Correlation-Id']).toBe('corr-1');
    expect(isValidTraceparent(requests[0]!.headers.traceparent ?? '')).toBe(true);
    expect(slept).toEqual([100]);
  });

  it('passes a valid caller traceparent through', async () => {
    const { transport, requests } = scripted([json(201, {})]);
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    await createHttpClient({ transport }).call(spec, { path: { id: '1' }, body: {}, identity: [['thing.id', 1]], context: { traceparent } }, 'http://x');
    expect(requests[0]!.headers.traceparent).toBe(traceparent);
  });

  it('times out a hanging attempt and retries it', async () => {
    const { transport, requests } = scripted(['hang', json(201, {})]);
    const client = createHttpClient({ transport, sleep: async () => {} });
    const result = await client.call<{ ok: boolean; attempts: number }>(spec, { path: { id: '1' }, body: {}, identity: [['thing.id', 1]] }, 'http://x');
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(requests[0]!.signal?.aborted).toBe(true);
  });

  it('dead-letters a connection failure after the last attempt', async () => {
    const { transport, requests } = scripted(['refuse']);
    const letters: DeadLetter[] = [];
    const client = createHttpClient({ transport, sleep: async () => {}, onDeadLetter: (letter) => void letters.push(letter) });
    const result = await client.call<{ ok: boolean; status: string; failure: { errorCode: string } }>(spec, { path: { id: '1' }, body: {}, identity: [['thing.id', 1]] }, 'http://x');
    expect(result).toMatchObject({ ok: false, status: 'no-response', failure: { errorCode: 'connection', attempts: 3, exceptionClass: 'down' } });
    expect(requests).toHaveLength(3);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ queue: 'test-dlq', exceptionClass: 'down', exceptionKind: 'downstream-unavailable', step: 'post-thing', operation: 'postThing' });
  });

  it('does not retry or dead-letter a call the caller cancelled', async () => {
    const { transport, requests } = scripted(['hang']);
    const letters: DeadLetter[] = [];
    const controller = new AbortController();
    const client = createHttpClient({ transport, sleep: async () => {}, onDeadLetter: (letter) => void letters.push(letter) });
    const pending = client.call<{ failure: { errorCode: string } }>(spec, { path: { id: '1' }, body: {}, identity: [['thing.id', 1]], context: { signal: controller.signal } }, 'http://x');
    // Abort once the request is in flight.
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect((await pending).failure.errorCode).toBe('aborted');
    expect(requests).toHaveLength(1);
    expect(letters).toEqual([]);
  });

  it('reports an undeclared status apart from the declared ones', async () => {
    const { transport } = scripted([json(418, { teapot: true })]);
    const result = await createHttpClient({ transport }).call(spec, { path: { id: '1' }, body: {}, identity: [['thing.id', 1]] }, 'http://x');
    expect(result).toMatchObject({ ok: false, status: 'undeclared', httpStatus: 418, body: { teapot: true } });
  });

  it('sets a string body key without touching the prototype', async () => {
    const { transport, requests } = scripted([json(201, {})]);
    const bodySpec: OperationSpec = { ...spec, idempotencyKey: { in: 'body', name: '__proto__', parts: ['thing.id'] } };
    await createHttpClient({ transport }).call(bodySpec, { path: { id: '1' }, body: { name: 'x' }, identity: [['thing.id', 1]] }, 'http://x');
    const sent = JSON.parse(String(requests[0]!.body)) as Record<string, unknown>;
    expect(Object.getOwnPropertyNames(sent)).toEqual(['name', '__proto__']);
  });
});

describe('classify', () => {
  const classes = [
    { id: 'mapping-failed', kind: 'mapping' as const },
    { id: 'unavailable', kind: 'downstream-unavailable' as const },
    { id: 'rejected', kind: 'business-rule' as const },
    { id: 'duplicate', kind: 'duplicate' as const },
  ];

  it('maps error codes to the declared class of the best kind', () => {
    expect(classify('http-400', classes)?.id).toBe('mapping-failed');
    expect(classify('http-400', [...classes, { id: 'invalid', kind: 'validation' }])?.id).toBe('invalid');
    expect(classify('http-422', classes)?.id).toBe('rejected');
    expect(classify('http-409', classes)?.id).toBe('duplicate');
    expect(classify('http-429', classes)?.id).toBe('unavailable');
    expect(classify('http-503', classes)?.id).toBe('unavailable');
    expect(classify('timeout', classes)?.id).toBe('unavailable');
    expect(classify('http-404', classes)?.id).toBe('rejected');
    expect(classify('http-503', [{ id: 'x', kind: 'validation' }])).toBeUndefined();
    expect(kindsOf('aborted')).toEqual([]);
  });
});

describe('request encoding', () => {
  it('encodes path and query values', () => {
    expect(expandPath('/a/{x}/{y}', { x: 'a/b', y: [1, 2] })).toBe('/a/a%2Fb/1,2');
    expect(() => expandPath('/a/{x}', {})).toThrow(/'x'/);
    expect(encodeQuery([
      { name: 'ids', in: 'query' },
      { name: 'csv', in: 'query', explode: false },
      { name: 'filter', in: 'query', style: 'deepObject' },
      { name: 'constructor', in: 'query' },
    ], { ids: [1, 2], csv: ['a', 'b'], filter: { status: 'open' } })).toBe('ids=1&ids=2&csv=a%2Cb&filter%5Bstatus%5D=open');
  });
});
