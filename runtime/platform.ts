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

/**
 * Maximum delay of a host timer: Node.js and browsers store it as a signed 32-bit number of
 * milliseconds, and run a longer timer at once (Node.js with a TimeoutOverflowWarning).
 */
export const MAX_TIMER_MS = 2_147_483_647;

/** Runs `callback` after `milliseconds` and returns a function that cancels it. Longer delays than MAX_TIMER_MS run as a chain of timers. */
export function setTimer(callback: () => void, milliseconds: number): () => void {
  let remaining = Number.isNaN(milliseconds) ? 0 : Math.max(0, milliseconds);
  let handle: unknown;
  const schedule = (): void => {
    const step = Math.min(remaining, MAX_TIMER_MS);
    remaining -= step;
    handle = host.setTimeout(remaining > 0 ? schedule : callback, step);
  };
  schedule();
  return () => host.clearTimeout(handle);
}

/** Waits `milliseconds` with the host's timer, or less when `signal` aborts first. */
export function sleep(milliseconds: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const onAbort = (): void => {
      cancel();
      resolve();
    };
    const cancel = setTimer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Waits `milliseconds` with `wait`, and stops waiting as soon as `signal` aborts, even when `wait`
 * ignores the signal. Resolves true when the whole wait passed, false when the signal aborted it.
 */
export async function waitUnlessAborted(
  wait: (milliseconds: number, signal?: AbortSignalLike) => Promise<void>,
  milliseconds: number,
  signal: AbortSignalLike | undefined,
): Promise<boolean> {
  if (signal === undefined) {
    await wait(milliseconds);
    return true;
  }
  if (signal.aborted) return false;
  let onAbort = (): void => {};
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([wait(milliseconds, signal).then(() => !signal.aborted), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
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
