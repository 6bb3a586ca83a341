/** Kinds of events in the simulator's queue. */
export const EVENT = {
  /** A channel sends the next message of a traffic entry. */
  arrival: 0,
  /** A channel's rate limit has a token again for requests waiting in front of it. */
  admit: 1,
  /** A delayed delivery (reordered, or a duplicate copy) reaches its target. */
  deliver: 2,
  /** A target finishes serving a call. */
  done: 3,
  /** A caller's timeout for one attempt expires. */
  timeout: 4,
  /** A retry's backoff has elapsed. */
  retry: 5,
  /** A dead-lettered message is replayed automatically. */
  replay: 6,
  /** A system's queuing rate limit has a token again. */
  limit: 7,
  /** An error returned at once (outage, rate limit) reaches the caller. */
  respond: 8,
  /** A caller's client-side throttle has a token again for calls it holds back. */
  throttle: 9,
} as const;
