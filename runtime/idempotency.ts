/** Idempotency keys derived from business identity, and the store consumers deduplicate with. */
import { sha256Hex } from './sha256.js';

/** One value of a business identity, such as a channel id or an order number. */
export type IdentityValue = string | number;

/**
 * Derives a deterministic idempotency key from the parts of a business identity, in the declared
 * order: the SHA-256 hex digest of the JSON array of the parts as strings. The same identity gives
 * the same key on every attempt, retry and process, so the receiver can drop repeats. Throws
 * TypeError for a missing or empty part, which would make unrelated requests share a key.
 */
export function deriveIdempotencyKey(parts: ReadonlyArray<readonly [name: string, value: IdentityValue | undefined]>): string {
  const values = parts.map(([name, value]) => {
    if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) {
      throw new TypeError(`idempotency key part '${name}' is missing`);
    }
    const text = String(value);
    if (text === '') throw new TypeError(`idempotency key part '${name}' is empty`);
    return text;
  });
  return sha256Hex(JSON.stringify(values));
}

/**
 * Storage of seen idempotency keys with a time to live. `putIfAbsent` must be atomic. With Redis
 * it is `SET key value NX PX ttl`. With SQL it is an insert into a table whose key column is
 * unique, ignoring the conflict, plus an expiry column that a cleanup job or the read query honours.
 */
export interface IdempotencyStore {
  /** Returns the value stored under `key`, or undefined when there is none or it expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMilliseconds` unless the key exists; resolves true when it stored it. */
  putIfAbsent(key: string, value: string, ttlMilliseconds: number): Promise<boolean>;
  /** Removes `key`, so that a later delivery with it is processed again. */
  delete(key: string): Promise<void>;
}

/** An IdempotencyStore in process memory, for tests and single-instance consumers. */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private readonly now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? (() => Date.now());
  }

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  async putIfAbsent(key: string, value: string, ttlMilliseconds: number): Promise<boolean> {
    if ((await this.get(key)) !== undefined) return false;
    this.entries.set(key, { value, expiresAt: this.now() + ttlMilliseconds });
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  /** Number of keys stored, expired ones included until they are read. */
  get size(): number {
    return this.entries.size;
  }
}
