/**
 * The simulator's event queue: a binary min-heap ordered by simulated time, then by insertion
 * sequence number, so events at the same time run in the order they were scheduled and a run is
 * deterministic. Entries live in parallel arrays, so scheduling an event allocates nothing.
 */
export class EventQueue<Payload> {
  private times: number[] = [];
  private sequences: number[] = [];
  private kinds: number[] = [];
  private payloads: Array<Payload | undefined> = [];
  private size = 0;
  private nextSequence = 0;

  /** Time of the event taken by the last `pop`. */
  time = 0;
  /** Kind of the event taken by the last `pop`. */
  kind = 0;
  /** Payload of the event taken by the last `pop`. */
  payload: Payload | undefined = undefined;

  get length(): number {
    return this.size;
  }

  /** Schedules an event of `kind` at `time`. */
  push(time: number, kind: number, payload: Payload | undefined): void {
    let index = this.size++;
    const sequence = this.nextSequence++;
    // Sift up: move parents down until the new entry's slot is found.
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentTime = this.times[parent];
      if (parentTime < time || (parentTime === time && this.sequences[parent] < sequence)) break;
      this.move(parent, index);
      index = parent;
    }
    this.times[index] = time;
    this.sequences[index] = sequence;
    this.kinds[index] = kind;
    this.payloads[index] = payload;
  }

  /** Time of the earliest event, or Infinity when the queue is empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.times[0];
  }

  /** Takes the earliest event into `time`, `kind` and `payload`; returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    this.time = this.times[0];
    this.kind = this.kinds[0];
    this.payload = this.payloads[0];
    const last = --this.size;
    if (last === 0) {
      this.payloads[0] = undefined;
      return true;
    }
    const time = this.times[last];
    const sequence = this.sequences[last];
    const kind = this.kinds[last];
    const payload = this.payloads[last];
    this.payloads[last] = undefined;
    // Sift down the former last entry from the root.
    let index = 0;
    const half = last >> 1;
    while (index < half) {
      let child = 2 * index + 1;
      const right = child + 1;
      if (right < last && (this.times[right] < this.times[child]
        || (this.times[right] === this.times[child] && this.sequences[right] < this.sequences[child]))) {
        child = right;
      }
      const childTime = this.times[child];
      if (time < childTime || (time === childTime && sequence < this.sequences[child])) break;
      this.move(child, index);
      index = child;
    }
    this.times[index] = time;
    this.sequences[index] = sequence;
    this.kinds[index] = kind;
    this.payloads[index] = payload;
    return true;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.sequences[to] = this.sequences[from];
    this.kinds[to] = this.kinds[from];
    this.payloads[to] = this.payloads[from];
  }
}
