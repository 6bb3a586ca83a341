import { formatDuration } from '../../model/units.js';
import type { RemoteRefProblem } from '../types.js';
import { refusalOf, type RemoteRefRefusal, type RemoteRefSettings } from './policy.js';

/** The result of fetching one document: its text, or why there is none. */
export type FetchOutcome =
  | { ok: true; text: string }
  | { ok: false; problem: Extract<RemoteRefProblem, 'timeout' | 'too-large' | 'redirect' | 'fetch-failed'>; detail: string };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const REFUSAL_REASONS: Record<RemoteRefRefusal, string> = {
  'host-not-allowed': 'its port is not allowed',
  'unsupported-scheme': 'it is not an http or https URL',
  'insecure-http': 'plain http is fetched only from loopback hosts',
};
const ACCEPT = 'application/json, application/yaml, application/x-yaml, text/yaml, text/plain;q=0.5, */*;q=0.1';

/** Formats a byte count in the unit a user would write: `512 bytes`, `64 KiB`, `10 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/**
 * Downloads the document at `url` with Node's `fetch`. The whole exchange, redirects and body
 * included, must finish within `settings.timeoutMs`. The body is read as a stream and dropped as
 * soon as it passes `settings.maxBytes`. Redirects are followed only to the same host name, and the
 * target must pass the allow-list and scheme checks again. The request carries no credentials or
 * cookies, and nothing is written to disk.
 */
export async function downloadDocument(url: string, settings: RemoteRefSettings): Promise<FetchOutcome> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let current = new URL(url);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: { accept: ACCEPT } });

      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location === null) return { ok: false, problem: 'fetch-failed', detail: `${current.href} answered HTTP ${response.status} without a Location header` };
        const next = new URL(location, current);
        if (next.hostname !== current.hostname) {
          return { ok: false, problem: 'redirect', detail: `${current.href} redirects to another host, ${next.host}, which is not followed` };
        }
        const refusal = refusalOf(next, settings.allowedHosts);
        if (refusal !== undefined) {
          return { ok: false, problem: 'redirect', detail: `${current.href} redirects to ${next.href}, which is not followed: ${REFUSAL_REASONS[refusal]}` };
        }
        if (redirects === MAX_REDIRECTS) return { ok: false, problem: 'redirect', detail: `${url} redirects more than ${MAX_REDIRECTS} times` };
        current = next;
        continue;
      }

      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, problem: 'fetch-failed', detail: `${current.href} answered HTTP ${response.status}` };
      }
      const body = await readCapped(response, settings.maxBytes);
      if (body === undefined) {
        return { ok: false, problem: 'too-large', detail: `${current.href} is larger than the limit of ${formatBytes(settings.maxBytes)}` };
      }
      return decodeText(body, current.href);
    }
  } catch (error) {
    if (signal.aborted) {
      return { ok: false, problem: 'timeout', detail: `${url} did not answer completely within ${formatDuration(settings.timeoutMs)}` };
    }
    return { ok: false, problem: 'fetch-failed', detail: `${url}: ${describeNetworkError(error)}` };
  }
}

/** Reads the body, or returns undefined as soon as it is longer than `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.body === null) return new Uint8Array(0);

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function decodeText(body: Uint8Array, url: string): FetchOutcome {
  if (body.subarray(0, 8192).includes(0)) return { ok: false, problem: 'fetch-failed', detail: `${url} is binary, not YAML or JSON text` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, problem: 'fetch-failed', detail: `${url} is not valid UTF-8 text` };
  }
}

/** Names the cause of a failed request: undici wraps the system error (ECONNREFUSED, ENOTFOUND) in `cause`. */
function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return `request failed (${cause.code})`;
  if (typeof cause?.message === 'string') return `request failed (${cause.message})`;
  return `request failed (${error instanceof Error ? error.message : String(error)})`;
}
