import type { Location } from '../findings.js';
import { toPointer } from '../findings.js';

interface Origin {
  file: string;
  segments: Array<string | number>;
}

/**
 * Where each declaration object was written. Keys are the parsed objects themselves, so a rule can
 * ask for the location of any node it holds without carrying paths around.
 */
export class OriginMap {
  private readonly origins = new WeakMap<object, Origin>();

  /** Records `value` and every object below it as written in `file` at `segments`. */
  record(value: unknown, file: string, segments: Array<string | number>): void {
    const stack: Array<{ value: unknown; segments: Array<string | number> }> = [{ value, segments }];
    while (stack.length > 0) {
      const { value: current, segments: path } = stack.pop()!;
      if (current === null || typeof current !== 'object' || this.origins.has(current)) continue;
      this.origins.set(current, { file, segments: path });
      const entries = Array.isArray(current) ? current.entries() : Object.entries(current);
      for (const [key, child] of entries) stack.push({ value: child, segments: [...path, key] });
    }
  }

  /** Returns the location of `node`, extended by `path`; unknown nodes map to `fallbackFile`. */
  locate(node: object, path: Array<string | number>, fallbackFile: string): Location {
    const origin = this.origins.get(node);
    if (origin === undefined) return { file: fallbackFile, pointer: toPointer(path) };
    return { file: origin.file, pointer: toPointer([...origin.segments, ...path]) };
  }

  /** Returns the file `node` was written in, or undefined. */
  fileOf(node: object): string | undefined {
    return this.origins.get(node)?.file;
  }
}
