/**
 * Coverage of a run: how often each recovery path of the engine ran. With the fault strike counts
 * it shows whether a passing run proves anything. A run in which no fault struck, or no recovery
 * path ran, exercised none of the policies under test.
 */
export const COVERAGE_PATHS = [
  { id: 'retried', description: 'a failed attempt was retried under the step\'s retry policy' },
  { id: 'retry-succeeded', description: 'a message was delivered after one or more retries' },
  { id: 'retry-after-honoured', description: 'a retry waited for the Retry-After the target sent' },
  { id: 'timeout', description: 'a caller gave up waiting for a response' },
  { id: 'duplicate-suppressed', description: 'an idempotent receiver recognised a repeated message by its key' },
  { id: 'duplicate-applied', description: 'a receiver without an idempotency key applied a repeated message again' },
  { id: 'stale-dropped', description: 'a receiver with a version check dropped a message older than the newest it applied' },
  { id: 'resequenced', description: 'a message was held back to keep the order of its key' },
  { id: 'dead-lettered', description: 'a message was routed to a dead-letter queue' },
  { id: 'replayed', description: 'a dead-lettered message was replayed automatically' },
  { id: 'replay-succeeded', description: 'a replayed message was delivered' },
  { id: 'rate-limited', description: 'a system\'s API rate limit rejected, queued or dropped a call' },
  { id: 'throttled', description: 'a caller held a call back to stay within the target\'s declared rate limit' },
  { id: 'back-pressure-queued', description: 'a channel\'s request waited in front of its rate limit' },
  { id: 'back-pressure-rejected', description: 'a channel\'s request was rejected with 429 at its rate limit' },
  { id: 'load-shed', description: 'a channel\'s request was shed at its rate limit' },
  { id: 'refused-at-channel', description: 'a step the channel waits on failed, so the channel got an error' },
  { id: 'lost', description: 'a message was dropped with no dead-letter route or owner' },
] as const;

export type CoveragePathId = (typeof COVERAGE_PATHS)[number]['id'];

export const PATH = Object.fromEntries(COVERAGE_PATHS.map((path, index) => [path.id, index])) as Record<CoveragePathId, number>;

/** Paths that show a policy recovering from a fault, as opposed to a fault going through. */
const RECOVERY_PATHS: CoveragePathId[] = [
  'retried', 'retry-after-honoured', 'duplicate-suppressed', 'stale-dropped', 'resequenced', 'dead-lettered', 'replayed', 'rate-limited',
  'throttled', 'back-pressure-queued', 'back-pressure-rejected', 'load-shed',
];

export class Coverage {
  /** Times each path ran. */
  readonly counts = new Float64Array(COVERAGE_PATHS.length);
  /** Times each path ran for a message that an injected fault had struck. */
  readonly fromFaults = new Float64Array(COVERAGE_PATHS.length);

  /** Counts one run of `path`. `faulted` is true when an injected fault struck the message. */
  note(path: number, faulted: boolean): void {
    this.counts[path]++;
    if (faulted) this.fromFaults[path]++;
  }

  /** Returns whether a policy recovered from an injected fault, that is, a recovery path ran for a struck message. */
  hasRecovery(): boolean {
    return RECOVERY_PATHS.some((id) => this.fromFaults[PATH[id]] > 0);
  }

  /** Returns whether any recovery path ran, including for slow responses, limits and load that no fault caused. */
  hasAnyRecovery(): boolean {
    return RECOVERY_PATHS.some((id) => this.counts[PATH[id]] > 0);
  }
}
