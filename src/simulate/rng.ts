/**
 * Seeded pseudo-random numbers for the simulator. Every random choice of a run comes from a
 * stream derived from the run's seed and a stable stream name, so a run replays exactly from its
 * seed. Removing one fault or channel while shrinking leaves the other streams unchanged.
 */

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, period ≥ 2^32. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Second value of the last pair of normals drawn, or NaN. */
  private spareNormal = Number.NaN;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    // Skip 12 outputs so that streams with similar seed words have diverged before the first use.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Returns the next 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Returns a float in [0, 1) with 32 bits of randomness. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Returns a float in (0, 1], safe to pass to Math.log. */
  nextOpen(): number {
    return (this.nextUint32() + 1) / 4294967296;
  }

  /** Returns an integer in [0, bound). */
  nextInt(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** Returns true with probability `p`. */
  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  /** Returns a float in [low, high). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** Returns an exponentially distributed float with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(this.nextOpen());
  }

  /** Returns a standard normal float (Marsaglia's polar method; pairs are drawn, then used in turn). */
  normal(): number {
    const spare = this.spareNormal;
    if (!Number.isNaN(spare)) {
      this.spareNormal = Number.NaN;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * factor;
    return u * factor;
  }
}

/** splitmix32: spreads a 32-bit input over the whole output range; used only to seed streams. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a string, for turning a stream name into 32 bits. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The largest seed accepted: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 4294967295;

/**
 * Returns the generator of the stream `name` for `seed`. The same seed and name always give the
 * same sequence; different names give independent-looking sequences.
 */
export function streamFor(seed: number, name: string): Random {
  const nameHash = hashName(name);
  let state = (seed ^ Math.imul(nameHash, 0x27d4eb2d)) | 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    state = splitmix32(state + i + nameHash);
    words.push(state);
  }
  return new Random(words[0], words[1], words[2], words[3] | 1);
}
