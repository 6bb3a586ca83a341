/**
 * Host globals the runtime uses (fetch, AbortController, timers, random bytes), typed here so that
 * generated adapters compile with only the ES2022 library: no DOM library and no Node.js types.
 */

/** The part of an AbortSignal the runtime reads. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The part of an AbortController the runtime uses. */
export interface AbortControllerLike {
  readonly signal: AbortSignalLike;
  abort(reason?: unknown): void;
}

/** A fetch response, reduced to what the fetch transport reads. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { forEach(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
}

/** The fetch function, reduced to the request fields the runtime sets. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array; signal?: AbortSignalLike },
) => Promise<FetchResponseLike>;

interface HostGlobals {
  fetch?: FetchLike;
  AbortController?: new () => AbortControllerLike;
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
  crypto?: { getRandomValues(array: Uint8Array): Uint8Array };
}

const host = globalThis as unknown as HostGlobals;

/** Returns the host's fetch, or undefined on a host without one. */
export function hostFetch(): FetchLike | undefined {
  return typeof host.fetch === 'function' ? host.fetch.bind(globalThis) : undefined;
}

/** Runs `callback` after `milliseconds` and returns a function that cancels it. */
export function setTimer(callback: () => void, milliseconds: number): () => void {
  const handle = host.setTimeout(callback, Math.max(0, milliseconds));
  return () => host.clearTimeout(handle);
}

/** Waits `milliseconds` with the host's timer. */
export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => {
    setTimer(resolve, milliseconds);
  });
}

/** Creates an AbortController: the host's, or a minimal one where the host has none. */
export function createAbortController(): AbortControllerLike {
  if (typeof host.AbortController === 'function') return new host.AbortController();
  const listeners = new Set<() => void>();
  const signal = {
    aborted: false,
    reason: undefined as unknown,
    addEventListener: (_type: 'abort', listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: 'abort', listener: () => void) => void listeners.delete(listener),
  };
  return {
    signal,
    abort(reason?: unknown) {
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** Returns `count` random bytes from the host's cryptographic source, or from Math.random where there is none. */
export function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  if (host.crypto !== undefined && typeof host.crypto.getRandomValues === 'function') return host.crypto.getRandomValues(bytes);
  for (let i = 0; i < count; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/** Formats bytes as lower-case hexadecimal. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
