import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveIdempotencyKey, InMemoryIdempotencyStore } from '../../../runtime/idempotency.js';
import { sha256Hex } from '../../../runtime/sha256.js';

describe('sha256Hex', () => {
  it('matches node:crypto on block boundaries and non-ASCII text', () => {
    const inputs = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), 'Grüße, 東京 🛒', '\ud800 lone surrogate'];
    for (const input of inputs) {
      expect(sha256Hex(input), JSON.stringify(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
    }
  });
});

describe('deriveIdempotencyKey', () => {
  it('hashes the JSON array of the parts', () => {
    const key = deriveIdempotencyKey([['channel', 'webshop'], ['order.channelOrderId', 'WEB-100234'], ['operation', 'captureOrder']]);
    expect(key).toBe(createHash('sha256').update('["webshop","WEB-100234","captureOrder"]').digest('hex'));
  });

  it('gives the same key for the same identity and another for another', () => {
    const first = deriveIdempotencyKey([['order.id', 'O-1'], ['eventType', 'order.accepted']]);
    expect(deriveIdempotencyKey([['order.id', 'O-1'], ['eventType', 'order.accepted']])).toBe(first);
    expect(deriveIdempotencyKey([['eventType', 'order.accepted'], ['order.id', 'O-1']])).not.toBe(first);
    expect(deriveIdempotencyKey([['order.id', 'O-2'], ['eventType', 'order.accepted']])).not.toBe(first);
  });

  it('keeps part boundaries apart', () => {
    expect(deriveIdempotencyKey([['a', 'x:y'], ['b', 'z']])).not.toBe(deriveIdempotencyKey([['a', 'x'], ['b', 'y:z']]));
  });

  it('treats a number and its decimal text alike', () => {
    expect(deriveIdempotencyKey([['sequence', 42]])).toBe(deriveIdempotencyKey([['sequence', '42']]));
  });

  it('rejects missing and empty parts', () => {
    expect(() => deriveIdempotencyKey([['order.id', undefined]])).toThrow(/order\.id/);
    expect(() => deriveIdempotencyKey([['order.id', '']])).toThrow(/empty/);
    expect(() => deriveIdempotencyKey([['sequence', Number.NaN]])).toThrow(/sequence/);
  });
});

describe('InMemoryIdempotencyStore', () => {
  it('stores a key once until it expires', async () => {
    let now = 0;
    const store = new InMemoryIdempotencyStore({ now: () => now });
    expect(await store.putIfAbsent('k', 'first', 1000)).toBe(true);
    expect(await store.putIfAbsent('k', 'second', 1000)).toBe(false);
    expect(await store.get('k')).toBe('first');
    now = 999;
    expect(await store.get('k')).toBe('first');
    now = 1000;
    expect(await store.get('k')).toBeUndefined();
    expect(await store.putIfAbsent('k', 'third', 1000)).toBe(true);
  });

  it('forgets a deleted key', async () => {
    const store = new InMemoryIdempotencyStore();
    await store.putIfAbsent('k', 'v', 60_000);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
  });
});
